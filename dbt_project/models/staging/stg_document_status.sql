select
    source_file,
    status,
    reason,
    try_cast(checked_at as timestamptz) as checked_at,
    published_sha256,
    candidate_sha256,
    duplicate_of,
    try_cast(first_seen_at as timestamptz) as first_seen_at
from {{ source('raw', 'document_status') }}
