-- wrk script of the benchmark's closed loop (vn.hailong.benchmark.WrkLoop): POST the body given with the token
-- given, a fresh Idempotency-Key per request (prefix-thread-n), and count the answers by class.
-- wrk <options> -s ratings.lua <url> -- <token or -> <body or -> <key prefix>
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  token, body, prefix = args[1], args[2], args[3]
  sent, ok, refused = 0, 0, 0
  method = "GET"
  headers = {}
  if body ~= "-" then
    method = "POST"
    headers["Content-Type"] = "application/json"
  else
    body = nil
  end
  if token ~= "-" then
    headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  sent = sent + 1
  if method == "POST" then
    headers["Idempotency-Key"] = string.format("%s-%d-%d", prefix, id, sent)
  end
  return wrk.format(method, nil, headers, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local answered, refusals = 0, 0
  for _, t in ipairs(threads) do
    answered = answered + t:get("ok")
    refusals = refusals + t:get("refused")
  end
  local e = summary.errors
  io.write(string.format("HAILONG-WRK ok=%d refused=%d errors=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d\n",
    answered, refusals, e.connect + e.read + e.write + e.timeout, summary.duration,
    latency:percentile(50), latency:percentile(99), latency.max))
end
