import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async () => {
  // No Auth service runs yet: getUser must fail cleanly with an error object.
  const { data, error } = await supabase.auth.getUser("not-a-jwt");
  return Response.json({ hasStorage: typeof supabase.storage.from, user: data.user, failed: error !== null });
});
