# Sourced by both launchers (./claimledger in a checkout, bin/claimledger in the distribution); not a command.
#
# claimledger_short_run ARGS...: true when this command line is a short run, which compiles with C1 alone
# (-XX:TieredStopAtLevel=1): a command whose work is bounded by the ledger's size (verify, the reading commands,
# checkpoint, export, report, compact, claim, reaffirm) on an H2 ledger file smaller than 16 MiB, named by --ledger
# or $CLAIMLEDGER_LEDGER. Such a run ends before what C2 compiles pays back (README, Performance, "Start-up"). A
# larger file, a PostgreSQL ledger, a bundle, and the commands whose work grows with another file (sign, source,
# extract) keep the compilers of jvm.options. The first word is the command, as picocli reads it. The launchers put
# $JAVA_OPTS and $CLAIMLEDGER_JAVA_OPTS after it, so -XX:TieredStopAtLevel=4 there takes C2 back.
claimledger_short_run_limit=16777216
claimledger_short_run() {
  case ${1:-} in
    verify | log | show | history | claims | head | prove | checkpoint | export | report | compact | claim | reaffirm) ;;
    *) return 1 ;;
  esac
  shift
  claimledger_short_run_ledger=${CLAIMLEDGER_LEDGER:-}
  claimledger_short_run_previous=
  for claimledger_short_run_argument in "$@"; do
    case $claimledger_short_run_previous in
      --ledger) claimledger_short_run_ledger=$claimledger_short_run_argument ;;
    esac
    case $claimledger_short_run_argument in
      --ledger=*) claimledger_short_run_ledger=${claimledger_short_run_argument#--ledger=} ;;
    esac
    claimledger_short_run_previous=$claimledger_short_run_argument
  done
  case $claimledger_short_run_ledger in
    jdbc:h2:file:*)
      claimledger_short_run_ledger=${claimledger_short_run_ledger#jdbc:h2:file:}
      claimledger_short_run_ledger=${claimledger_short_run_ledger%%;*} ;;
    jdbc:* | '') return 1 ;;
  esac
  case $claimledger_short_run_ledger in
    *.mv.db) ;;
    *) claimledger_short_run_ledger=$claimledger_short_run_ledger.mv.db ;;
  esac
  [ -f "$claimledger_short_run_ledger" ] && [ "$(wc -c < "$claimledger_short_run_ledger" 2>/dev/null \
    || echo "$claimledger_short_run_limit")" -lt "$claimledger_short_run_limit" ]
}
