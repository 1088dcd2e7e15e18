"""`python -m bench <tool> [options]`: run one measurement tool with the project's settings."""

import os
import sys


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    import bench

    if len(argv) < 2 or argv[1] in {"-h", "--help", "help"}:
        sys.stdout.write("usage: python -m bench <tool> [options]   (<tool> --help for more)\n\n")
        for name, summary in bench.TOOLS.items():
            sys.stdout.write(f"  {name:<20} {summary}\n")
        return 0
    try:
        tool = bench.command(argv[1])
    except KeyError as error:
        sys.stderr.write(f"{error.args[0]}\n")
        return 2
    # The program name shows in usage lines; BaseCommand exits non-zero on CommandError.
    tool.run_from_argv(["python -m bench", *argv[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
