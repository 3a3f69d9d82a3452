#!/usr/bin/env bash
# Runs one tiercare study (run, compare or sweep) as a Slurm job array of shards, then merges them.
#
#   scripts/slurm/tiercare-array.sh [-n SHARDS] [-c CPUS] [-o DIR] [-j JAR] [-p PARTITION] [-t TIME] [-a TASKS] \
#       -- COMMAND SCENARIO [OPTIONS...]
#
# e.g.  scripts/slurm/tiercare-array.sh -n 16 -c 4 -o /scratch/plan-2027 -- compare city.yaml --replications 64
#
# Submits two jobs and prints their ids:
#   1. an array (sbatch --array=1-SHARDS): task I runs `tiercare COMMAND ... --shard I/SHARDS --threads CPUS`
#      into DIR/shards/I (logs in DIR/logs/shard-I.out);
#   2. a merge job (sbatch --dependency=afterok:<array id>) that runs `tiercare merge DIR/shards/* --out DIR/results`
#      once every task has succeeded. If any task fails, the merge job is cancelled (--kill-on-invalid-dep=yes):
#      submit again with the same -n, -o and arguments plus -a with the failed tasks (e.g. -a 3,7): only those run,
#      and the merge job then combines them with the shards already in DIR/shards.
# The scenario files must be on a file system every node sees, at the same path (merge rebuilds the variants from
# them and refuses if they changed). Shards depend on nothing but the study, so the merged results are the same
# bytes as one machine's `tiercare COMMAND ... --out DIR/results`.
#
# Internally the script is also the job script of both jobs (first argument __shard or __merge).
set -euo pipefail

java_cmd=(java ${TIERCARE_JAVA_OPTS:-})

if [[ "${1:-}" == "__shard" ]]; then
    # __shard JAR DIR SHARDS CPUS COMMAND ARGS...
    shift; jar=$1; dir=$2; shards=$3; cpus=$4; shift 4
    i=${SLURM_ARRAY_TASK_ID:?not inside a Slurm array task}
    # --force: a task run again replaces its own earlier shard (only ever a folder tiercare wrote).
    exec "${java_cmd[@]}" -jar "$jar" "$@" --threads "$cpus" --shard "$i/$shards" --out "$dir/shards/$i" --force
fi
if [[ "${1:-}" == "__merge" ]]; then
    # __merge JAR DIR SHARDS CPUS
    shift; jar=$1; dir=$2; shards=$3; cpus=$4
    folders=()
    for ((i = 1; i <= shards; i++)); do folders+=("$dir/shards/$i"); done
    exec "${java_cmd[@]}" -jar "$jar" merge "${folders[@]}" --out "$dir/results" --threads "$cpus"
fi

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

shards=4; cpus=2; dir=""; partition=""; time_limit=""; tasks=""
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar="$here/../../target/tiercare.jar"
while getopts "n:c:o:j:p:t:a:h" opt; do
    case $opt in
        n) shards=$OPTARG ;;
        c) cpus=$OPTARG ;;
        o) dir=$OPTARG ;;
        j) jar=$OPTARG ;;
        p) partition=$OPTARG ;;
        t) time_limit=$OPTARG ;;
        a) tasks=$OPTARG ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[[ "${1:-}" == "--" ]] && shift
[[ $# -ge 2 ]] || usage
case $1 in run|compare|sweep) ;; *) echo "COMMAND must be run, compare or sweep, got $1" >&2; exit 2 ;; esac
[[ -n "$dir" ]] || dir="$PWD/tiercare-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$dir/logs" "$dir/shards"
dir=$(cd "$dir" && pwd)
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
[[ -f "$jar" ]] || { echo "no tiercare jar at $jar (mvn -o package -DskipTests, or -j JAR)" >&2; exit 2; }

# Scenario paths made absolute: the jobs may start in another folder.
command=$1; shift
args=()
for a in "$@"; do
    if [[ "$a" != -* && -f "$a" ]]; then args+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); else args+=("$a"); fi
done

common=(--parsable --cpus-per-task="$cpus" --chdir="$dir")
[[ -n "$partition" ]] && common+=(--partition="$partition")
[[ -n "$time_limit" ]] && common+=(--time="$time_limit")

array=$(sbatch "${common[@]}" --job-name=tiercare-shard --array="${tasks:-1-$shards}" --output="$dir/logs/shard-%a.out" \
    "$here/tiercare-array.sh" __shard "$jar" "$dir" "$shards" "$cpus" "$command" "${args[@]}")
array=${array%%;*}
merge=$(sbatch "${common[@]}" --job-name=tiercare-merge --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    --output="$dir/logs/merge.out" "$here/tiercare-array.sh" __merge "$jar" "$dir" "$shards" "$cpus")
merge=${merge%%;*}
echo "array job $array ($shards shards), merge job $merge; results in $dir/results"
echo "$array $merge" > "$dir/jobs"
