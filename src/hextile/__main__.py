from hextile.cli.app import main

main()
