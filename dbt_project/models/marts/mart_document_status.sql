-- Which version of each document the warehouse holds, and what the last run thought of it.
-- A file with the content of an already accepted document is `duplicate` (of duplicate_of)
-- and loads nothing; a strategy superseded by a later edition of its region is not current.
select
    status.source_file as document,
    status.status,
    status.reason,
    status.duplicate_of,
    status.checked_at,
    status.first_seen_at,
    status.published_sha256,
    status.candidate_sha256,
    status.published_sha256 is distinct from status.candidate_sha256
        and status.status <> 'duplicate' as serving_previous_version,
    docs.doc_type,
    docs.region_name,
    docs.valid_from,
    docs.valid_to,
    docs.is_current as is_current_edition
from {{ ref('stg_document_status') }} as status
left join {{ ref('int_documents') }} as docs using (source_file)
