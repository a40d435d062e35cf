-- wrk script: every connection is an API client that pauses between its calls (BENCH_PAUSE_MS, default
-- 500 ms), so the load is the clients' own pace and not the server's capacity. wrk's latency is measured
-- from sending a request to its response; the pause is not in it.
dofile("bench/p95.lua")
local pause = tonumber(os.getenv("BENCH_PAUSE_MS") or "500")
delay = function()
  return pause
end
