"""One module per `checkin` subcommand; each offers `register(subparsers)`."""
