select
    docs.document_key,
    docs.source_file,
    docs.doc_type,
    docs.region_key,
    docs.program_key,
    docs.title,
    docs.act_date,
    docs.act_number,
    docs.period_start,
    docs.period_end,
    docs.program_name,
    docs.amended_act_date,
    docs.amended_act_number,
    docs.source_format,
    docs.sha256,
    docs.valid_from,
    docs.valid_to,
    docs.is_current,
    status.status as gate_status,
    status.checked_at as gate_checked_at
from {{ ref('int_documents') }} as docs
left join {{ ref('stg_document_status') }} as status using (source_file)
