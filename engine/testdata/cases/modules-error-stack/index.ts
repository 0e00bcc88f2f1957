import { fail } from "./lib/util.ts";

Deno.serve(() => {
  try {
    fail("on purpose");
  } catch (e) {
    const stack = (e as Error).stack ?? "";
    const at = /lib\/util\.ts:\d+:\d+/.exec(stack)?.[0];
    return Response.json({ message: (e as Error).message, at });
  }
  return new Response("unreachable");
});
