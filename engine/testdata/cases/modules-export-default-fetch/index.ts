// No Deno.serve: the runtime serves the default export's fetch.
export default {
  async fetch(req: Request): Promise<Response> {
    const url = new URL(req.url);
    return Response.json({ method: req.method, q: url.searchParams.get("q"), body: await req.text() });
  },
};
