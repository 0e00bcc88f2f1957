export default {
  fetch(req: Request) {
    return new Response("default export " + new URL(req.url).pathname);
  },
};
