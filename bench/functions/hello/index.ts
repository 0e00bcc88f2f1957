// The hello-world both runtimes serve in the requests/s benchmark.
Deno.serve(() => new Response("Hello, world!"));
