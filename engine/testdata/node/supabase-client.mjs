// Real supabase-js (from npm) against Edgeplay's local Storage and Auth:
// usage: node supabase-client.mjs SUPABASE_URL ANON_KEY SERVICE_KEY → JSON
import { createClient } from "@supabase/supabase-js";
import WebSocket from "ws"; // Node 20 has no global WebSocket for the realtime client

const [url, anon, service] = process.argv.slice(2);
const options = { auth: { persistSession: false }, realtime: { transport: WebSocket } };
const admin = createClient(url, service, options);
const out = {};
const must = (what, res) => {
  if (res.error) throw new Error(`${what}: ${res.error.message}`);
  return res.data;
};

// Storage
must("createBucket", await admin.storage.createBucket("node-docs", { public: false }));
out.duplicateBucket = (await admin.storage.createBucket("node-docs")).error?.message ?? null;
const bucket = admin.storage.from("node-docs");
must("upload string", await bucket.upload("a/hello.txt", "hello from node", { contentType: "text/plain" }));
must("upload blob", await bucket.upload("b.bin", new Blob([new Uint8Array([1, 2, 3])])));
must("upload bytes", await bucket.upload("c.bin", new Uint8Array([4, 5]), { upsert: true }));
out.duplicateUpload = (await bucket.upload("b.bin", "again")).error?.message ?? null;
out.download = await must("download", await bucket.download("a/hello.txt")).text();
out.list = must("list", await bucket.list()).map((o) => o.name);
must("copy", await bucket.copy("c.bin", "d/c-copy.bin"));
must("move", await bucket.move("d/c-copy.bin", "e.bin"));
const signed = must("sign", await bucket.createSignedUrl("e.bin", 60));
out.signed = [...new Uint8Array(await (await fetch(signed.signedUrl)).arrayBuffer())];
out.missing = (await bucket.download("nope.txt")).error !== null;
out.removed = must("remove", await bucket.remove(["a/hello.txt", "b.bin"])).length;

// Auth
const users = createClient(url, anon, options);
const signUp = must("signUp", await users.auth.signUp({ email: "node@example.com", password: "secret123" }));
out.signUpEmail = signUp.user.email;
const signIn = must("signIn", await users.auth.signInWithPassword({ email: "node@example.com", password: "secret123" }));
out.getUser = must("getUser", await admin.auth.getUser(signIn.session.access_token)).user.email;
out.badToken = (await admin.auth.getUser("bad.token.here")).error !== null;
out.wrongPassword = (await users.auth.signInWithPassword({ email: "node@example.com", password: "nope!!" })).error?.message ?? null;
const refreshed = must("refresh", await users.auth.refreshSession({ refresh_token: signIn.session.refresh_token }));
out.refreshed = refreshed.session.refresh_token !== signIn.session.refresh_token; // refresh tokens rotate
const listed = must("listUsers", await admin.auth.admin.listUsers());
out.listed = listed.users.length;
const created = must("createUser", await admin.auth.admin.createUser({ email: "made@example.com", password: "secret123" }));
must("deleteUser", await admin.auth.admin.deleteUser(created.user.id));
out.afterDelete = must("listUsers", await admin.auth.admin.listUsers()).users.length;

console.log(JSON.stringify(out));
