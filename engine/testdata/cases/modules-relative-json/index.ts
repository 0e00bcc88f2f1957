import { greet } from "./lib/greet.ts";
import config from "./config.json" with { type: "json" };
Deno.serve(() => new Response(greet(config.name)));
