"""The server's own routes: health, readiness, the API behind sign-in, its OpenAPI document."""

from __future__ import annotations

from scout_server import RECRUITER


def test_health_ready_and_api_docs(scout_server, playwright_instance):
    http = playwright_instance.request.new_context(base_url=scout_server.url)
    assert http.get("/health").json() == {"status": "ok"}
    assert http.get("/ready").json() == {"status": "ready"}
    spec = http.get("/api/openapi.json").json()
    assert "/jobs/{job_id}/shortlist" in spec["paths"]
    assert http.get("/api/docs").ok
    assert http.get("/api/jobs").status == 401
    http.dispose()


def test_recruiter_session_reads_the_api(scout_server, playwright_instance):
    http = playwright_instance.request.new_context(base_url=scout_server.url)
    refused = http.post("/login", form={"username": RECRUITER[0], "password": "wrong password"})
    assert refused.status == 401
    signed_in = http.post("/login", form={"username": RECRUITER[0], "password": RECRUITER[1]})
    assert signed_in.ok, signed_in.text()
    jobs = http.get("/api/jobs").json()
    assert [job["title"] for job in jobs][:1] == ["Data Engineer"]
    shortlist = http.get(f"/api/jobs/{jobs[0]['id']}/shortlist?limit=2").json()
    assert len(shortlist) == 2 and shortlist[0]["rank"] == 1 and shortlist[0]["dimensions"]
    missing = http.get("/api/interviews/int_does_not_exist")
    assert missing.status == 404 and "not found" in missing.json()["detail"]
    http.dispose()
