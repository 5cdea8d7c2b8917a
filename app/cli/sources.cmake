# One line per subcommand file; each registers itself with CliRegistration.
list(APPEND HOSTREVIEW_CLI_SOURCES
)
