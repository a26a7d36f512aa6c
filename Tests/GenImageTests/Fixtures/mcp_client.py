"""A real MCP client for gen-image's end-to-end tests: the official Python SDK (`mcp` on PyPI).

    python mcp_client.py SCENARIO GEN_IMAGE_BINARY WORKING_FOLDER

Starts `gen-image mcp` as an MCP client does (stdio, the server's environment inherited), plays one scenario
and prints one JSON object on stdout for the Swift test to check. The key and the gateway's address come from
this process's environment (APIYI_API_KEY, GEN_IMAGE_BASE_URL), as a client's configuration would set them.
"""

import json
import os
import sys

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters


def dump(result):
    """A CallToolResult as plain JSON."""
    return result.model_dump(mode="json", by_alias=True, exclude_none=True)


async def main(scenario, binary, folder):
    # One request at a time for "cancel": the call after the cancelled one runs only if the cancel freed its slot.
    args = ["mcp", "-j", "1"] if scenario == "cancel" else ["mcp"]
    params = StdioServerParameters(command=binary, args=args, env=dict(os.environ), cwd=folder)
    mode = "legacy" if scenario == "legacy" else "auto"
    out = {"scenario": scenario}
    async with Client(params, mode=mode) as client:
        session = client.session
        out["protocol_version"] = session.protocol_version
        if scenario in ("list", "legacy"):
            tools = await client.list_tools()
            out["tools"] = [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in tools.tools]
        if scenario in ("generate", "legacy"):
            progress = []

            async def on_progress(value, total, message):
                progress.append({"progress": value, "total": total, "message": message})

            result = await client.call_tool(
                "generate_image",
                {"prompt": "a red fox in snow, 横版 16:9", "model": "gpt-image-2", "size": "1536x1024",
                 "filename": "fox.png"},
                progress_callback=on_progress)
            out["result"] = dump(result)
            out["progress"] = progress
            if scenario == "generate":
                info = await client.call_tool("image_info", {"path": "fox.png"})
                out["info"] = dump(info)
        if scenario == "bad_size":
            result = await client.call_tool(
                "generate_image", {"prompt": "a cat", "model": "gpt-image-2", "size": "1000x1000"})
            out["result"] = dump(result)
        if scenario == "cancel":
            progress = []
            waiting = anyio.Event()

            async def on_progress(value, total, message):
                progress.append({"progress": value, "total": total, "message": message})
                # Three notifications into the wait (0.2 s apart in the tests): the gateway has the request.
                if sum("waiting for the image" in (p["message"] or "") for p in progress) >= 3:
                    waiting.set()

            outcome = {}

            async def slow_call():
                outcome["result"] = dump(await client.call_tool(
                    "generate_image", {"prompt": "a slow cat", "model": "gpt-image-2", "filename": "slow.png"},
                    progress_callback=on_progress))

            async with anyio.create_task_group() as group:
                group.start_soon(slow_call)
                with anyio.fail_after(30):
                    await waiting.wait()
                group.cancel_scope.cancel()
            out["cancelled_call_answered"] = "result" in outcome
            out["progress"] = progress
            # The server is still there, and the cancelled call's slot is free for the next one.
            after = await client.call_tool(
                "generate_image", {"prompt": "a quick cat", "model": "gpt-image-2", "filename": "quick.png"})
            out["after"] = dump(after)
    print(json.dumps(out))


if __name__ == "__main__":
    anyio.run(main, sys.argv[1], sys.argv[2], sys.argv[3])
