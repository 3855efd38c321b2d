"""Build the dashboard's world outline from a Natural Earth TopoJSON file (development time).

The dashboard draws land as one SVG path in an equirectangular projection
(x = longitude + 180, y = 90 - latitude, so the view box is ``0 0 360 180``). This
importer turns the ``land`` object of the npm package ``world-atlas`` (Natural
Earth 1:110m, public domain; the package is ISC-licensed) into that path and
writes ``static/world.json`` with its provenance; ``static/WORLD.md`` records
the same by hand. Nothing is fetched at run time.

Run it again with::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m legation.web.build_world package/land-110m.json
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from legation.web import STATIC_DIR

logger = logging.getLogger(__name__)

SOURCE = "npm world-atlas 2.0.2, land-110m.json (Natural Earth 1:110m land, public domain)"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Return the arcs of a quantized TopoJSON topology as lists of (lon, lat)."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def land_path(topology: dict[str, Any], *, name: str = "land") -> str:
    """Return the SVG path (equirectangular, view box 0 0 360 180) of a TopoJSON object.

    Example: a ring through (0, 0), (10, 0), (10, 10) gives ``"M180 90L190 90L190 80Z"``.
    """
    arcs = decode_arcs(topology)
    geometry = topology["objects"][name]
    shapes = geometry["geometries"] if geometry["type"] == "GeometryCollection" else [geometry]
    parts = []
    for shape in shapes:
        polygons = shape["arcs"] if shape["type"] == "MultiPolygon" else [shape["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                points = _ring(ring, arcs)
                coords = [f"{lon + 180:.1f} {90 - lat:.1f}" for lon, lat in points]
                # drop repeats made by rounding
                kept = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
                if len(kept) > 2:
                    parts.append("M" + "L".join(kept) + "Z")
    return "".join(parts)


def build_world(source: Path, *, target: Path) -> int:
    """Write ``target`` (world.json) from the TopoJSON ``source``; return the path length."""
    topology = json.loads(source.read_text(encoding="utf-8"))
    path = land_path(topology)
    data = {
        "viewBox": "0 0 360 180",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat",
        "source": SOURCE,
        "licence": "Natural Earth data: public domain; world-atlas packaging: ISC",
        "land": path,
    }
    target.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    logger.info("wrote %s (%d characters of path)", target, len(path))
    return len(path)


def main() -> None:
    """Command line: ``python -m legation.web.build_world LAND_TOPOJSON``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="land-110m.json from the world-atlas package")
    parser.add_argument("--target", type=Path, default=STATIC_DIR / "world.json")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    build_world(args.source, target=args.target)


if __name__ == "__main__":
    main()
