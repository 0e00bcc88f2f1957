import { greeting } from "greeting";
import { double } from "@/math.ts";

Deno.serve(() => Response.json({ greeting: greeting("map"), double: double(21), resolved: import.meta.resolve("@/math.ts").endsWith("/src/math.ts") }));
