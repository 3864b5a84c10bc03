-- wrk script: every connection is one simulated user who loads the page once a second (think time 1 s minus nothing:
-- wrk's delay() is the wait before each request), then prints the latency percentiles DESIGN.md's targets use.
-- Use with: wrk -t2 -c50 -d60s -s paced.lua -H "Cookie: ..." URL
local think_ms = tonumber(os.getenv("LCC_THINK_MS") or "1000")

function delay()
  return think_ms
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
