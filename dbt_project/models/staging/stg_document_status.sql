select
    source_file,
    status,
    reason,
    try_cast(checked_at as timestamptz) as checked_at,
    published_sha256,
    candidate_sha256
from {{ source('raw', 'document_status') }}
