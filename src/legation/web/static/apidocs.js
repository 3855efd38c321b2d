// Render /openapi.json as a list of routes with their parameters (no external libraries).
(function () {
  "use strict";
  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function typeOf(schema) {
    if (!schema) return "";
    if (schema.type) return schema.type + (schema.enum ? " (" + schema.enum.join(", ") + ")" : "");
    if (schema.anyOf) return schema.anyOf.map(typeOf).filter(Boolean).join(" | ");
    if (schema.$ref) return schema.$ref.split("/").pop();
    return "";
  }
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    const root = document.getElementById("routes");
    root.textContent = "";
    Object.keys(spec.paths).sort().forEach(function (path) {
      const ops = spec.paths[path];
      Object.keys(ops).forEach(function (method) {
        const op = ops[method];
        const box = el("div", undefined, "route");
        const head = el("div");
        head.appendChild(el("span", method, "method"));
        head.appendChild(el("code", path));
        box.appendChild(head);
        if (op.summary) box.appendChild(el("p", op.summary));
        if (op.description && op.description !== op.summary) box.appendChild(el("p", op.description));
        const params = op.parameters || [];
        if (params.length) {
          const table = el("table");
          const hdr = el("tr");
          ["parameter", "in", "type", "description"].forEach(function (h) { hdr.appendChild(el("th", h)); });
          table.appendChild(hdr);
          params.forEach(function (p) {
            const row = el("tr");
            row.appendChild(el("td", p.name + (p.required ? " *" : "")));
            row.appendChild(el("td", p.in));
            row.appendChild(el("td", typeOf(p.schema)));
            row.appendChild(el("td", p.description || (p.schema && p.schema.description) || ""));
            table.appendChild(row);
          });
          box.appendChild(table);
        }
        if (op.requestBody) box.appendChild(el("p", "Request body: JSON " + typeOf(((op.requestBody.content || {})["application/json"] || {}).schema)));
        root.appendChild(box);
      });
    });
  }).catch(function (err) {
    document.getElementById("routes").textContent = "Could not read /openapi.json: " + err;
  });
})();
