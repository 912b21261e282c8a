"""Which engine answers: `ENGINE_MODE` (rules | llm | auto), a per-request choice, and the auto policy.

Auto: the rule engine answers when it is confident; otherwise the LLM; when the LLM fails
or times out, the rule engine's best attempt, else an honest clarification. The pipeline
calls `answer_question` and gets one EngineAnswer back whatever happened.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from shared.ask.engines.base import Engine, EngineAnswer, EngineRequest
from shared.errors import BadRequest
from shared.settings import Settings

ENGINE_MODES = ("rules", "llm", "auto")
AUTO_CONFIDENCE_THRESHOLD = 0.7
log = logging.getLogger("chatbi.engines")


def choose_engine(settings: Settings, requested: str | None) -> str:
    """The mode for one request: the request's choice if allowed, else the configured default."""
    if requested is None or requested == "":
        return settings.effective_engine_mode if settings.llm_configured else "rules"
    mode = requested.strip().lower()
    if mode not in ENGINE_MODES:
        raise BadRequest(f"unknown engine '{requested}'; choose one of: {', '.join(ENGINE_MODES)}")
    if mode == "llm" and not settings.llm_configured:
        raise BadRequest(
            "engine 'llm' was requested but no LLM is configured (set LLM_BASE_URL and LLM_MODEL)"
        )
    if mode == "auto" and not settings.llm_configured:
        return "rules"
    return mode


def answer_question(
    request: EngineRequest,
    *,
    mode: str,
    rules: Engine,
    llm: Engine | None,
    threshold: float = AUTO_CONFIDENCE_THRESHOLD,
) -> EngineAnswer:
    """One answer for the question under `mode`; `answer.engine` says which engine produced it."""
    if mode == "rules" or llm is None:
        return rules.answer(request)
    if mode == "llm":
        return llm.answer(request)
    ruled = _safe_answer(rules, request)
    if ruled.status == "ok" and ruled.confidence >= threshold:
        return ruled
    modelled = _safe_answer(llm, request)
    if modelled.status == "ok":
        return modelled
    return _fallback(ruled, modelled)


def _safe_answer(engine: Engine, request: EngineRequest) -> EngineAnswer:
    """In auto mode one engine's bug must not cost the other engine its chance to answer."""
    try:
        return engine.answer(request)
    except Exception:  # noqa: BLE001 - logged; the other engine or a clarify answers instead
        log.exception("engine %s failed on %r", engine.name, request.question)
        return EngineAnswer(status="error", engine=engine.name, message="the engine failed", confidence=0.0)


def _fallback(ruled: EngineAnswer, modelled: EngineAnswer) -> EngineAnswer:
    """The LLM did not produce SQL: the rules' attempt, the model's question back, or an honest clarify."""
    usage = {**(ruled.usage or {}), "llm": modelled.usage, "llm_status": modelled.status}
    if modelled.message:
        usage["llm_message"] = modelled.message
    if ruled.status == "ok":
        return replace(ruled, usage=usage)
    if modelled.status == "clarify":
        return modelled
    if ruled.status == "clarify":
        return replace(ruled, usage=usage)
    message = (
        "无法可靠地回答这个问题，请换一种说法或指明要用的列。"
        if modelled.lang == "zh"
        else "I could not answer this reliably; please rephrase or name the columns to use."
    )
    detail = ruled.message or ""
    return EngineAnswer(
        status="clarify",
        engine=ruled.engine,
        message=f"{message} {detail}".strip(),
        lang=modelled.lang,
        confidence=0.0,
        usage=usage,
    )
