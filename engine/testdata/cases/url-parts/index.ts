Deno.serve(() => {
  const u = new URL("https://user:pass@sub.example.com:8443/p/a/t/h?query=string&a=1#hash");
  return Response.json({ protocol: u.protocol, username: u.username, password: u.password, host: u.host,
    hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash, origin: u.origin });
});
