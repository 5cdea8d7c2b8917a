# One line per subcommand file; each registers itself with CliRegistration.
list(APPEND HOSTREVIEW_CLI_SOURCES
  cli/common.h cli/common.cpp
  cli/cmd_new.cpp
  cli/cmd_validate.cpp
  cli/cmd_export_json.cpp
  cli/cmd_import_json.cpp
  cli/cmd_info.cpp
  cli/cmd_import_log.cpp
  cli/cmd_score.cpp
  cli/cmd_solve.cpp
  cli/cmd_bench.cpp
  cli/cmd_findings.cpp
  cli/cmd_report.cpp
  cli/cmd_diff.cpp cli/cmd_merge.cpp cli/cmd_audit.cpp cli/cmd_comments.cpp
)
