"""One error envelope for every route: ``{"ok": false, "status", "code", "errors"}``.

Example: ``GET /api/events?since=yesterday`` answers 422 with::

    {"ok": false, "status": 422, "code": "invalid_parameter",
     "errors": [{"loc": "query.since", "message": "Input should be a valid date ..."}]}
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from legation.errors import InputError, LegationError, SetupError, StoreError

logger = logging.getLogger(__name__)

# HTTP status -> stable error code (grep-able, like the rejection reason codes).
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "disabled",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_parameter",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error a route raises on purpose, with its status, code and messages."""

    def __init__(self, status: int, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message


def envelope(status: int, code: str, errors: list[dict[str, Any]]) -> JSONResponse:
    """Return the error envelope as a JSON response."""
    body = {"ok": False, "status": status, "code": code, "errors": errors}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


async def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": _location(error.get("loc", ())), "message": str(error.get("msg", "invalid"))}
        for error in exc.errors()
    ]
    return envelope(422, CODES[422], errors)


async def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return envelope(exc.status_code, CODES.get(exc.status_code, "error"),
                    [{"loc": "", "message": str(exc.detail)}])


async def _api(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return envelope(exc.status, exc.code, [{"loc": "", "message": exc.message}])


async def _input(_request: Request, exc: Exception) -> JSONResponse:
    return envelope(400, CODES[400], [{"loc": "", "message": str(exc)}])


async def _store(_request: Request, exc: Exception) -> JSONResponse:
    logger.error("store error: %s", exc)
    return envelope(503, CODES[503], [{"loc": "", "message": str(exc)}])


async def _crash(request: Request, exc: Exception) -> JSONResponse:
    # The edge of the program: log the bug with its traceback, answer with the envelope.
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return envelope(500, CODES[500], [{"loc": "", "message": "internal error (logged)"}])


def install_error_handlers(app: FastAPI) -> None:
    """Make every error of ``app`` answer with the envelope."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ApiError, _api)
    app.add_exception_handler(InputError, _input)
    app.add_exception_handler(StoreError, _store)
    app.add_exception_handler(SetupError, _store)
    app.add_exception_handler(LegationError, _input)
    app.add_exception_handler(Exception, _crash)
