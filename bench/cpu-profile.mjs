// Preload for the bench: a V8 CPU profile of the HTTP server process (scripts/http-server.mjs),
// written to CPU_PROF_DIR when it exits. Node refuses --cpu-prof in NODE_OPTIONS, so this starts
// the profiler through the inspector instead: BENCH_NODE_OPTIONS="--import ./bench/cpu-profile.mjs".
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const dir = process.env.CPU_PROF_DIR;
if (dir && process.argv.some((a) => a.includes("http-server"))) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 1000 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (err, result) => {
      if (!err) writeFileSync(`${dir}/server-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}
