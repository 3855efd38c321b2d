"""``POST /api/code`` and ``POST /api/ingest``: off unless the server has a token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from legation.api.deps import ApiState, get_state, get_store, require_token
from legation.api.routers.events import ERRORS
from legation.api.schemas import ArticleIn, CodeOut, ErrorEnvelope, IngestIn, IngestOut
from legation.ingest import check_language, parse_published
from legation.records import Article, Rejection, stable_id
from legation.store import Store
from legation.workflows import code_text, ingest_articles

router = APIRouter(prefix="/api", tags=["coding"], dependencies=[Depends(require_token)])
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"model": ErrorEnvelope},
    403: {"model": ErrorEnvelope},
}


@router.post("/code", response_model=CodeOut, responses=AUTH_ERRORS)
def code(body: ArticleIn, state: Annotated[ApiState, Depends(get_state)]) -> dict[str, Any]:
    """Code one text and return its events; nothing is stored.

    Example body: ``{"text": "Russia and China held talks in Beijing on Monday.",
    "published": "2024-05-17"}``.
    """
    events = code_text(
        body.text,
        published=body.published,
        title=body.title,
        article_id=body.id,
        resources=state.resources(),
    )
    return {"ok": True, "events": [event.to_dict() for event in events]}


@router.post("/ingest", response_model=IngestOut, responses=AUTH_ERRORS)
def ingest(
    body: IngestIn,
    state: Annotated[ApiState, Depends(get_state)],
    store: Annotated[Store, Depends(get_store)],
) -> dict[str, Any]:
    """Code articles and store them; already-stored articles are skipped."""
    items: list[Article | Rejection] = []
    for item in body.articles:
        article = Article(
            article_id=item.id or f"api:{stable_id(item.title or '', item.text)}",
            text=item.text,
            title=item.title,
            published_at=parse_published(item.published),
            url=item.url,
            outlet=item.outlet,
            source="api",
        )
        items.append(check_language(article) if state.settings.require_english else article)
    summary = ingest_articles(items, store=store, resources=state.resources())
    return {
        "ok": True,
        "articles": summary.articles,
        "skipped": summary.skipped,
        "sentences": summary.sentences,
        "mentions": summary.mentions,
        "events": summary.events,
        "rejections": dict(summary.rejections),
        "rejection_lines": summary.rejection_lines,
    }
