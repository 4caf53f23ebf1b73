// Preloaded into a figlint process by the no-network test: every way out of the machine throws and
// is written to stderr, so the test sees any attempt.
const net = require("node:net");
const dns = require("node:dns");
const http = require("node:http");
const https = require("node:https");
const tls = require("node:tls");
function deny(name) {
  return function () {
    process.stderr.write(`NETWORK-ATTEMPT ${name}\n`);
    throw new Error(`network access attempted: ${name}`);
  };
}
net.connect = net.createConnection = deny("net.connect");
tls.connect = deny("tls.connect");
dns.lookup = deny("dns.lookup");
dns.resolve = deny("dns.resolve");
http.request = http.get = deny("http.request");
https.request = https.get = deny("https.request");
if (typeof globalThis.fetch === "function") globalThis.fetch = deny("fetch");
