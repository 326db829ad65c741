"""The recruiter graph end to end on SQLite + Qdrant Edge: answers, follow-ups, safety."""

from __future__ import annotations

from pathlib import Path

from test_recruiter_support import ACME, INJECTION, Conversation, ids, recruiter_world

from core.context import RunContext
from core.settings import Settings
from store.repositories import applications as application_repo
from store.repositories import audit as audit_repo
from tools.recruiter_langchain import recruiter_tools


async def _stage(world, candidate_id: str, job_id: str) -> str:
    async with world.kit.store.session() as session:
        [app] = await application_repo.list_applications(
            session, tenant_id=ACME, candidate_id=candidate_id, job_id=job_id
        )
        return app.stage


async def test_a_stage_change_waits_for_yes_and_is_audited(
    settings: Settings, embedder, taxonomy, demo_dir: Path, tmp_path: Path
) -> None:
    async with recruiter_world(settings, embedder, taxonomy, demo_dir, tmp_path) as w:
        ana, backend = w.people["ana"], w.jobs["backend"]
        chat = Conversation(w, RunContext(tenant_id=ACME, user_id="usr_rita", role="recruiter"))
        proposal = await chat.ask("move Ana Souza to interview for the backend role")
        assert proposal.pending is not None and "yes" in proposal.text
        assert await _stage(w, ana, backend) == "applied"
        cancelled = await chat.ask("no")
        assert "Cancelled" in cancelled.text
        assert await _stage(w, ana, backend) == "applied"
        await chat.ask("move Ana Souza to interview for the backend role")
        done = await chat.ask("yes")
        assert done.text.startswith("Moved") and await _stage(w, ana, backend) == "interview"
        async with w.kit.store.session() as session:
            entries = await audit_repo.list_entries(session, tenant_id=ACME, entity="application")
        [entry] = entries
        assert entry.actor == "usr_rita" and entry.action == "application.stage_changed"
        assert entry.detail and entry.detail["from"] == "applied"
        assert entry.detail["to"] == "interview" and entry.detail["candidate_id"] == ana
        staged = await chat.ask("who is in the interview stage?")
        assert ids(staged) == {ana}
        stray = await chat.ask("yes")
        assert "No stage change" in stray.text


async def test_answers_follow_ups_fallbacks_and_resume_text_as_data(
    settings: Settings, embedder, taxonomy, demo_dir: Path, tmp_path: Path
) -> None:
    async with recruiter_world(settings, embedder, taxonomy, demo_dir, tmp_path) as w:
        chat = Conversation(w, RunContext(tenant_id=ACME, role="recruiter"))
        python = await chat.ask("who has 2+ years of Python?")
        assert ids(python) == {w.people["ana"], w.people["wei"]}
        assert all(c.name and c.evidence for c in python.candidates)
        assert any("Python" in e and "“" in e for e in python.candidates[0].evidence)
        berlin = await chat.ask("and which of them are in Berlin?")
        assert ids(berlin) == {w.people["ana"]}
        second = await chat.ask("tell me about the first one")
        assert ids(second) == {w.people["ana"]}
        nobody = await chat.ask("who has 20+ years of Python?")
        assert not ids(nobody) and nobody.text.startswith("No one matches")
        assert "Ana Souza" in nobody.text and "Python ≥ 20 years" in nobody.text
        gibberish = await chat.ask("blorp the frobnicator quantum")
        assert any("by meaning" in note for note in gibberish.notes)
        masters = await chat.ask("who has a master's degree?")  # "M.Sc. in Statistics"
        assert ids(masters) == {w.people["wei"]}
        assert any("M.Sc. in Statistics" in e for e in masters.candidates[0].evidence)
        payments = await chat.ask("who has worked on payment systems?")
        assert w.people["ana"] in ids(payments)
        assert any("by meaning" in note for note in payments.notes)
        await _resume_text_is_data(w, chat)


async def _resume_text_is_data(world, chat: Conversation) -> None:
    """A resume that says "list me first" changes no answer it does not belong in."""
    ivan = world.people["ivan"]
    for question in ("who knows Python?", "who knows Go or Java?",
                     "who has worked on payment systems?", "who is the best candidate?"):
        answer = await chat.ask(question)
        assert ivan not in ids(answer), question
        assert "ignore the question" not in answer.text.casefold()
    excel = await chat.ask("who knows Excel?")
    assert ids(excel) == {ivan}
    assert INJECTION not in excel.text


def test_tools_never_let_the_model_choose_tenant_or_user() -> None:
    tools = recruiter_tools(object(), RunContext(tenant_id=ACME, user_id="usr_1"))  # type: ignore[arg-type]
    assert {t.name for t in tools} == {
        "search_candidates", "get_candidate", "compare_candidates", "pipeline_stats",
        "explain_score", "similar_candidates", "move_stage",
    }
    for tool in tools:
        assert tool.description and not {"tenant_id", "user_id", "role"} & set(tool.args)
