import multiprocessing
import sys

from hubdesk.cli import main

if __name__ == "__main__":
    # the invoice run draws PDFs in worker processes; a frozen build starts
    # them through this same program
    multiprocessing.freeze_support()
    sys.exit(main())
