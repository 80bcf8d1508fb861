"""Service functions: the only write path. Each validates, checks the role, writes, audits and
commits in one transaction, then returns plain records (``ebp_logger.store.records``)."""
