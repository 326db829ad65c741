"""A scripted OpenAI-compatible chat server for tests, on 127.0.0.1 and a free port.

Tests queue replies (answers, tool calls, faults) and the server returns them
in order to `POST /v1/chat/completions`, recording every request body. A
request with `"stream": true` gets the same reply as Server-Sent Events, one
chunk per word, with a usage chunk when `stream_options.include_usage` asks
for it. Faults cover what real providers and local servers do: a delay past
the client's timeout, 429 with Retry-After, 500, a malformed or truncated
body, a context-length error, a rejected `response_format`, and connection
refused (`stop()` closes the port).
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "scripted-model"


@dataclass
class Reply:
    """One queued reply; `raw` bytes (with `length`) bypass all formatting."""

    content: str | None = None
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    status: int = 200
    error: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    raw: bytes | None = None
    length: int | None = None
    finish_reason: str | None = None
    cut_stream: bool = False
    usage: tuple[int, int] = (40, 12)


def answer(obj: Any, *, usage: tuple[int, int] = (40, 12)) -> Reply:
    """A JSON (or plain text, for a str) assistant answer."""
    content = obj if isinstance(obj, str) else json.dumps(obj)
    return Reply(content=content, usage=usage)


def tool_call(name: str, args: dict[str, Any], *more: tuple[str, dict[str, Any]]) -> Reply:
    """An assistant message asking for one or more tool calls."""
    return Reply(tool_calls=[(name, args), *more])


def delay(seconds: float) -> Reply:
    """An answer that comes only after `seconds` (past the client's timeout)."""
    return Reply(content="{}", delay=seconds)


def rate_limited(retry_after: float) -> Reply:
    """429 Too Many Requests with a Retry-After header."""
    return Reply(
        status=429,
        headers={"Retry-After": f"{retry_after:g}"},
        error={"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"},
    )


def server_error(status: int = 500) -> Reply:
    """A 5xx from the provider."""
    return Reply(status=status,
                 error={"message": "The server had an error", "type": "server_error"})


def malformed() -> Reply:
    """200 with a body that is not JSON at all."""
    return Reply(raw=b'{"id": "chatcmpl-x", "choices": [ this is not json')


def truncated() -> Reply:
    """200 whose body stops half-way while Content-Length promises more."""
    body = json.dumps(_completion(Reply(content='{"a": 1}'), {})).encode()
    return Reply(raw=body[: len(body) // 2], length=len(body))


def cut_off(content: str) -> Reply:
    """A model answer cut at the token limit (finish_reason "length")."""
    return Reply(content=content, finish_reason="length")


def context_overflow() -> Reply:
    """400 as OpenAI and vLLM report a prompt longer than the context window."""
    return Reply(
        status=400,
        error={
            "message": "This model's maximum context length is 8192 tokens. However, your "
            "messages resulted in 9000 tokens. Please reduce the length of the messages.",
            "type": "invalid_request_error",
            "param": "messages",
            "code": "context_length_exceeded",
        },
    )


def format_rejected() -> Reply:
    """400 from a server that does not support `response_format` json_schema."""
    return Reply(
        status=400,
        error={
            "message": "'response_format' of type 'json_schema' is not supported with this model",
            "type": "invalid_request_error",
            "param": "response_format",
            "code": None,
        },
    )


def _usage(reply: Reply) -> dict[str, int]:
    prompt, completion = reply.usage
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def _tool_calls(reply: Reply) -> list[dict[str, Any]]:
    return [
        {"id": f"call_{n}_{name}", "type": "function",
         "function": {"name": name, "arguments": json.dumps(args)}}
        for n, (name, args) in enumerate(reply.tool_calls)
    ]


def _completion(reply: Reply, request: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if reply.tool_calls:
        message["tool_calls"] = _tool_calls(reply)
    finish = reply.finish_reason or ("tool_calls" if reply.tool_calls else "stop")
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion", "created": 1700000000,
        "model": request.get("model", MODEL),
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": _usage(reply),
    }


def _chunk(request: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": 1700000000,
        "model": request.get("model", MODEL),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }


def _stream_events(reply: Reply, request: dict[str, Any]) -> list[dict[str, Any]]:
    """The SSE payloads of a reply: role, one chunk per word, tool calls, finish, usage."""
    events = [_chunk(request, {"role": "assistant", "content": ""}, None)]
    for token in re.findall(r"\S+\s*|\s+", reply.content or ""):
        events.append(_chunk(request, {"content": token}, None))
    for index, call in enumerate(_tool_calls(reply)):
        head = {"index": index, "id": call["id"], "type": "function",
                "function": {"name": call["function"]["name"], "arguments": ""}}
        events.append(_chunk(request, {"tool_calls": [head]}, None))
        arguments = call["function"]["arguments"]
        for part in (arguments[: len(arguments) // 2], arguments[len(arguments) // 2 :]):
            events.append(_chunk(request, {"tool_calls": [
                {"index": index, "function": {"arguments": part}}]}, None))
    finish = reply.finish_reason or ("tool_calls" if reply.tool_calls else "stop")
    events.append(_chunk(request, {}, finish))
    if (request.get("stream_options") or {}).get("include_usage"):
        events.append({**_chunk(request, {}, None), "choices": [], "usage": _usage(reply)})
    return events


class ScriptedServer:
    """The server: `queue(...)` replies, read `requests`, `stop()` to refuse connections."""

    def __init__(self) -> None:
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        """What OPENAI_BASE_URL is set to."""
        return f"http://127.0.0.1:{self.port}/v1"

    def queue(self, *replies: Reply) -> None:
        """Append replies, served first in, first out."""
        with self._lock:
            self._replies.extend(replies)

    def pending(self) -> int:
        """Replies not yet served."""
        with self._lock:
            return len(self._replies)

    def bodies_text(self) -> str:
        """Every recorded request body as one JSON text (for leak checks)."""
        return "\n".join(json.dumps(body) for body in self.requests)

    def stop(self) -> None:
        """Stop serving and close the port: later requests get connection refused."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self, body: dict[str, Any], path: str) -> Reply:
        with self._lock:
            self.requests.append(body)
            self.paths.append(path)
            if self._replies:
                return self._replies.popleft()
        return Reply(status=500, error={"message": "no scripted reply left", "type": "test"})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(size) if size else b""
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {"unparsed": raw.decode("utf-8", "replace")}
                reply = server._next(body, self.path)
                if reply.delay and server._stopping.wait(reply.delay):
                    return
                try:
                    self._send(reply, body)
                except (BrokenPipeError, ConnectionResetError):
                    return

            def _send(self, reply: Reply, request: dict[str, Any]) -> None:
                if reply.raw is not None:
                    self._write(200, reply.raw, length=reply.length)
                elif reply.status != 200:
                    self._write(reply.status, json.dumps({"error": reply.error}).encode(),
                                headers=reply.headers)
                elif request.get("stream"):
                    self._stream(reply, request)
                else:
                    self._write(200, json.dumps(_completion(reply, request)).encode())

            def _write(self, status: int, data: bytes, *, length: int | None = None,
                       headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(length or len(data)))
                self.send_header("Connection", "close")
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()
                self.close_connection = True

            def _stream(self, reply: Reply, request: dict[str, Any]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                events = _stream_events(reply, request)
                if reply.cut_stream:
                    events = events[: max(2, len(events) // 2)]
                for event in events:
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                    self.wfile.flush()
                if not reply.cut_stream:
                    self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.close_connection = True

        return Handler
