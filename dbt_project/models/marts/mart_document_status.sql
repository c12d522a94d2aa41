-- Which version of each document the warehouse holds, and what the last run thought of it.
select
    status.source_file as document,
    status.status,
    status.reason,
    status.checked_at,
    status.published_sha256,
    status.candidate_sha256,
    status.published_sha256 is distinct from status.candidate_sha256 as serving_previous_version,
    docs.doc_type,
    docs.region_name
from {{ ref('stg_document_status') }} as status
left join {{ ref('int_documents') }} as docs using (source_file)
