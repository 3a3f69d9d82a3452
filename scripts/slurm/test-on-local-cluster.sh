#!/usr/bin/env bash
# Checks tiercare-array.sh on a running Slurm cluster (e.g. a single node on this machine, see README "Slurm"):
# runs a short study as 3 shards plus a merge job, the same study on this machine, and compares the files.
# Not part of `mvn verify` (it needs Slurm). Exit 0 when summary.csv, replications.csv and compare.csv are the
# same bytes.
#
#   scripts/slurm/test-on-local-cluster.sh [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar="$repo/target/tiercare.jar"
work=${1:-$(mktemp -d /tmp/tiercare-slurm-XXXXXX)}
mkdir -p "$work"
[[ -f "$jar" ]] || { echo "build first: mvn -B -o package -DskipTests" >&2; exit 2; }

echo "== sinfo"
sinfo

study=(compare "$repo/scenarios/validation/mmc-rho08.yaml" "$repo/scenarios/validation/mmc-rho09.yaml"
       --replications 5 --set "horizon=2000 h")

echo "== submit"
"$here/tiercare-array.sh" -n 3 -c 1 -o "$work/cluster" -- "${study[@]}"
read -r array merge < "$work/cluster/jobs"

echo "== one machine"
java -jar "$jar" "${study[@]}" --threads 2 --out "$work/single" > "$work/single.log" 2>&1

echo "== waiting for merge job $merge"
while squeue -h -j "$merge" 2>/dev/null | grep -q .; do sleep 2; done

echo "== jobs"
if sacct -j "$array,$merge" --format=JobID,JobName,State,ExitCode,Elapsed 2>/dev/null; then :; else
    # Without an accounting database sacct has nothing; the job completion log (JobCompType=jobcomp/filetxt) has.
    loc=$(scontrol show config | awk -F' = ' '/^JobCompLoc/ {print $2}')
    [[ -f "$loc" ]] && grep -E "(ArrayJobId=$array |JobId=$merge )" "$loc" | while read -r line; do
        grep -oE ' (JobId|Name|JobState|ExitCode|ArrayJobId|ArrayTaskId|StartTime|EndTime)=[^ ]*' <<< " $line" | tr -d '\n'; echo
    done
fi
# The output file may reach the shared folder a moment after the job has left the queue.
for _ in $(seq 30); do grep -q "^Results" "$work/cluster/logs/merge.out" 2>/dev/null && break; sleep 1; done
echo "== shard logs (stdout lines)"
grep -h "^Shard" "$work"/cluster/logs/shard-*.out
echo "== merge log (stdout lines)"
grep -v "%" "$work/cluster/logs/merge.out"

echo "== cmp"
status=0
for f in summary.csv replications.csv compare.csv; do
    if cmp "$work/single/$f" "$work/cluster/results/$f"; then echo "same bytes: $f"; else status=1; fi
done
exit $status
