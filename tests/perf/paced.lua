-- wrk script: every connection is one simulated user who loads the page about once a second, then prints the latency
-- percentiles the targets of docs/design.md section 4 use. wrk calls delay() between a response and the connection's next request; the
-- think time is drawn uniformly from 0.5x to 1.5x LCC_THINK_MS (mean 1 s), as independent people would: a fixed
-- delay keeps all 50 connections in lock-step after their simultaneous first request, so every second 50 requests
-- would arrive in the same millisecond, which is not what 50 users do (docs/performance.md, editor page).
-- Use with: wrk -t2 -c50 -d60s -s paced.lua -H "Cookie: ..." URL
local think_ms = tonumber(os.getenv("LCC_THINK_MS") or "1000")

function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end

function init(args)
  math.randomseed(seed or os.time())
end

function delay()
  return math.floor(think_ms * (0.5 + math.random()))
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("requests %d in %.1f s (%.1f/s), errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, secs, summary.requests / secs, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms\n", latency.max / 1000))
end
