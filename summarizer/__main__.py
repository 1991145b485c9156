"""``python -m summarizer …``: the same as the ``summarizer`` command."""

import sys

from .console import main

sys.exit(main())
