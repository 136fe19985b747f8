"""``python -m pmk_extract``."""

import sys

from .cli import main

sys.exit(main())
