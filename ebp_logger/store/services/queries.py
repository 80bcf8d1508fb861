"""Kept so code written against the old module keeps working: the session read models now
live in ``ebp_logger.store.reads`` (one place for reads, below the write services)."""

from __future__ import annotations

from ebp_logger.store.reads import all_session_ids as all_session_ids
from ebp_logger.store.reads import get_session as get_session
from ebp_logger.store.reads import in_progress as in_progress
from ebp_logger.store.reads import in_supine_rest as in_supine_rest
from ebp_logger.store.reads import patient_sessions as patient_sessions
from ebp_logger.store.reads import session_detail as session_detail
from ebp_logger.store.reads import session_details as session_details
from ebp_logger.store.reads import session_record as session_record
from ebp_logger.store.reads import session_records as session_records
from ebp_logger.store.reads import sessions_between as sessions_between
from ebp_logger.store.reads import sessions_by_status as sessions_by_status
from ebp_logger.store.reads import todays_sessions as todays_sessions
from ebp_logger.store.reads import unacknowledged_warnings as unacknowledged_warnings
