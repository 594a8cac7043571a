//! The tables, as diesel sees them; the same on both backends.

diesel::table! {
    users (id) {
        id -> Text,
        username -> Text,
        password_hash -> Text,
        role -> Text,
        display_name -> Nullable<Text>,
        active -> Bool,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        organisation_id -> Nullable<Text>,
        kind -> Text,
        scopes -> Text,
        tokens_valid_after -> Nullable<Timestamp>,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        kind -> Text,
        country -> Text,
        active -> Bool,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    client_secrets (id) {
        id -> Text,
        user_id -> Text,
        secret_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_failures (key) {
        key -> Text,
        failures -> Integer,
        window_started_at -> Timestamp,
        blocked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    erasures (person_id) {
        person_id -> Text,
        erased_by -> Text,
        reason -> Text,
        erased_at -> Timestamp,
    }
}

diesel::table! {
    households (id) {
        id -> Text,
        name -> Nullable<Text>,
        region -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    persons (id) {
        id -> Text,
        personal_number -> Nullable<Text>,
        given_name -> Text,
        family_name -> Text,
        name_search -> Text,
        date_of_birth -> Nullable<Date>,
        sex -> Nullable<Text>,
        citizenship -> Nullable<Text>,
        residence_status -> Nullable<Text>,
        region -> Nullable<Text>,
        phone -> Nullable<Text>,
        household_id -> Nullable<Text>,
        household_joined_at -> Nullable<Timestamp>,
        household_position -> Nullable<BigInt>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        erased_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    person_external_ids (system, value) {
        system -> Text,
        value -> Text,
        person_id -> Text,
    }
}

diesel::table! {
    stays_abroad (id) {
        id -> Text,
        person_id -> Text,
        country -> Text,
        start_date -> Date,
        end_date -> Nullable<Date>,
        legal_status -> Text,
        return_type -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        previous_return_on -> Nullable<Date>,
    }
}

diesel::table! {
    job_placements (id) {
        id -> Text,
        person_id -> Text,
        organisation_id -> Text,
        location -> Text,
        country -> Nullable<Text>,
        employer_organisation_id -> Text,
        term -> Text,
        starts_on -> Date,
        ends_on -> Nullable<Date>,
        programme_id -> Nullable<Text>,
        note -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    social_enterprises (organisation_id) {
        organisation_id -> Text,
        partners_version -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    social_enterprise_partners (social_enterprise_id, partner_organisation_id) {
        social_enterprise_id -> Text,
        partner_organisation_id -> Text,
    }
}

diesel::table! {
    social_enterprise_beneficiaries (id) {
        id -> Text,
        social_enterprise_id -> Text,
        person_id -> Text,
        organisation_id -> Text,
        programme -> Text,
        started_on -> Date,
        completed_on -> Nullable<Date>,
        note -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    job_places (id) {
        id -> Text,
        social_enterprise_id -> Text,
        organisation_id -> Text,
        term -> Text,
        created_on -> Date,
        places -> BigInt,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    movements (id) {
        id -> Text,
        person_id -> Text,
        departed_on -> Date,
        destination_country -> Text,
        kind -> Text,
        help_ticket -> Bool,
        help_escort -> Bool,
        help_travel_documents -> Bool,
        help_reception_arranged -> Bool,
        organisation_id -> Text,
        note -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    residence_permits (id) {
        id -> Text,
        person_id -> Text,
        permit_type -> Text,
        number -> Text,
        issued_on -> Date,
        valid_until -> Nullable<Date>,
        issuing_authority -> Text,
        note -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    integration_services (id) {
        id -> Text,
        person_id -> Text,
        organisation_id -> Text,
        service_type -> Text,
        provider_organisation_id -> Text,
        starts_on -> Date,
        ends_on -> Nullable<Date>,
        half_hours -> BigInt,
        outcome -> Text,
        note -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    jobseekers (id) {
        id -> Text,
        person_id -> Text,
        organisation_id -> Text,
        isced_level -> BigInt,
        education_field -> Nullable<Text>,
        occupations -> Text,
        skills -> Text,
        languages -> Text,
        certificates -> Text,
        experience_months -> BigInt,
        preferred_countries -> Text,
        preferred_sectors -> Text,
        close_relatives_in -> Text,
        available_from -> Nullable<Date>,
        available_to -> Nullable<Date>,
        note -> Nullable<Text>,
        registered_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    schemes (id) {
        id -> Text,
        name_ka -> Text,
        name_en -> Text,
        destination_country -> Text,
        sector -> Text,
        partner_organisation_id -> Nullable<Text>,
        seasonal -> Bool,
        max_stay_days -> BigInt,
        quota_per_year -> BigInt,
        applications_open_from -> Nullable<Date>,
        applications_open_until -> Nullable<Date>,
        status -> Text,
        rule_set_id -> Text,
        rule_set_version -> BigInt,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    vacancies (id) {
        id -> Text,
        title -> Text,
        kind -> Text,
        scheme_id -> Nullable<Text>,
        country -> Text,
        employer_organisation_id -> Text,
        occupation -> Text,
        requirements -> Nullable<Text>,
        places -> BigInt,
        deadline -> Date,
        status -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    applications (id) {
        id -> Text,
        jobseeker_id -> Text,
        person_id -> Text,
        scheme_id -> Text,
        vacancy_id -> Nullable<Text>,
        organisation_id -> Text,
        status -> Text,
        applied_on -> Date,
        quota_year -> Nullable<BigInt>,
        departed_on -> Nullable<Date>,
        due_back_on -> Nullable<Date>,
        returned_on -> Nullable<Date>,
        placement_id -> Nullable<Text>,
        note -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    application_moves (id) {
        id -> Text,
        application_id -> Text,
        action -> Text,
        from_status -> Text,
        to_status -> Text,
        reason -> Nullable<Text>,
        on_date -> Nullable<Date>,
        moved_by -> Text,
        moved_at -> Timestamp,
    }
}

diesel::table! {
    projects (id) {
        id -> Text,
        name -> Text,
        objective -> Text,
        starts_on -> Date,
        ends_on -> Date,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    risks (id) {
        id -> Text,
        project_id -> Text,
        description -> Text,
        likelihood -> BigInt,
        impact -> BigInt,
        score -> BigInt,
        owner_organisation_id -> Text,
        mitigation -> Nullable<Text>,
        status -> Text,
        reviewed_on -> Nullable<Date>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    logic_elements (id) {
        id -> Text,
        project_id -> Text,
        kind -> Text,
        parent_id -> Nullable<Text>,
        code -> Text,
        statement -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    indicators (id) {
        id -> Text,
        project_id -> Text,
        element_id -> Nullable<Text>,
        name -> Text,
        unit -> Text,
        baseline -> Double,
        target -> Double,
        target_date -> Date,
        figure_report -> Nullable<Text>,
        figure_id -> Nullable<Text>,
        figure_programme_id -> Nullable<Text>,
        figure_region -> Nullable<Text>,
        figure_sex -> Nullable<Text>,
        figure_age_band -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    indicator_measurements (id) {
        id -> Text,
        indicator_id -> Text,
        measured_on -> Date,
        value -> Double,
        source -> Text,
        note -> Nullable<Text>,
        recorded_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    activities (id) {
        id -> Text,
        project_id -> Text,
        title -> Text,
        responsible_organisation_id -> Text,
        planned_start -> Date,
        planned_end -> Date,
        actual_start -> Nullable<Date>,
        actual_end -> Nullable<Date>,
        status -> Text,
        output_ids -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    meetings (id) {
        id -> Text,
        project_id -> Text,
        held_on -> Date,
        kind -> Text,
        members -> Text,
        agenda -> Text,
        decisions -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    action_items (id) {
        id -> Text,
        meeting_id -> Text,
        project_id -> Text,
        text -> Text,
        owner_organisation_id -> Text,
        due_on -> Date,
        done_on -> Nullable<Date>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    imports (id) {
        id -> Text,
        kind -> Text,
        mode -> Text,
        atomic -> Text,
        status -> Text,
        rows_total -> BigInt,
        rows_done -> BigInt,
        report -> Nullable<Text>,
        error -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
        heartbeat_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    events (seq) {
        seq -> BigInt,
        id -> Text,
        #[sql_name = "type"]
        event_type -> Text,
        occurred_at -> Timestamp,
        record_type -> Text,
        record_id -> Text,
        version -> Nullable<BigInt>,
        codes -> Text,
    }
}

diesel::table! {
    questionnaires (id) {
        id -> Text,
        code -> Text,
        edition -> BigInt,
        study -> Text,
        title_ka -> Text,
        title_en -> Text,
        questions -> Text,
        status -> Text,
        published_at -> Nullable<Timestamp>,
        recorded_by -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    survey_responses (id) {
        id -> Text,
        questionnaire_id -> Text,
        person_id -> Nullable<Text>,
        organisation_id -> Text,
        collected_on -> Date,
        answers -> Text,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    trainings (id) {
        id -> Text,
        title -> Text,
        topic -> Text,
        starts_on -> Date,
        ends_on -> Date,
        organiser_organisation_id -> Text,
        venue -> Text,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    training_participants (id) {
        id -> Text,
        training_id -> Text,
        official_key -> Text,
        user_id -> Nullable<Text>,
        name -> Nullable<Text>,
        organisation_id -> Text,
        position -> Nullable<Text>,
        attended -> Bool,
        pre_test -> Nullable<BigInt>,
        post_test -> Nullable<BigInt>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    matching_stamp (id) {
        id -> BigInt,
        changes -> BigInt,
    }
}

diesel::table! {
    matching_changes (person_id) {
        person_id -> Text,
        change -> BigInt,
    }
}

diesel::table! {
    scheme_quota_use (scheme_id, year) {
        scheme_id -> Text,
        year -> BigInt,
        used -> BigInt,
    }
}

diesel::table! {
    orientation_sessions (id) {
        id -> Text,
        scheme_id -> Text,
        held_on -> Date,
        venue -> Text,
        topics -> Text,
        organisation_id -> Text,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    orientation_attendance (session_id, application_id) {
        session_id -> Text,
        application_id -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        occurred_at -> Timestamp,
        actor_id -> Nullable<Text>,
        action -> Text,
        record_type -> Text,
        record_id -> Nullable<Text>,
        request_id -> Nullable<Text>,
    }
}

diesel::table! {
    idempotency_keys (principal_id, key) {
        principal_id -> Text,
        key -> Text,
        request_hash -> Text,
        status -> Nullable<Integer>,
        response_headers -> Nullable<Text>,
        response_body -> Nullable<Binary>,
        created_at -> Timestamp,
        record_type -> Nullable<Text>,
        record_id -> Nullable<Text>,
        checks -> Nullable<Text>,
        withheld -> Bool,
    }
}

diesel::table! {
    rule_sets (id) {
        id -> Text,
        name -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    rule_set_versions (rule_set_id, number) {
        rule_set_id -> Text,
        number -> BigInt,
        status -> Text,
        document -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    programmes (id) {
        id -> Text,
        code -> Text,
        name_ka -> Text,
        name_en -> Text,
        stream -> Text,
        status -> Text,
        starts_on -> Date,
        ends_on -> Date,
        application_opens_on -> Nullable<Date>,
        application_closes_on -> Nullable<Date>,
        budget_tetri -> BigInt,
        committed_tetri -> BigInt,
        approval_threshold_tetri -> BigInt,
        rule_set_id -> Text,
        rule_set_version -> BigInt,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    programme_catalogue (programme_id, assistance_type) {
        programme_id -> Text,
        assistance_type -> Text,
        cap_per_person_tetri -> Nullable<BigInt>,
        cap_per_household_tetri -> Nullable<BigInt>,
    }
}

diesel::table! {
    cases (id) {
        id -> Text,
        person_id -> Text,
        programme_id -> Text,
        organisation_id -> Text,
        status -> Text,
        outcome -> Nullable<Text>,
        registered_on -> Date,
        plan_due_on -> Date,
        assigned_to -> Nullable<Text>,
        created_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        assessed -> Bool,
        decision -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        decision_key -> Nullable<Text>,
    }
}

diesel::table! {
    case_transitions (id) {
        id -> Text,
        case_id -> Text,
        from_status -> Text,
        to_status -> Text,
        outcome -> Nullable<Text>,
        reason -> Text,
        #[sql_name = "override"]
        is_override -> Bool,
        actor_id -> Text,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    case_notes (id) {
        id -> Text,
        case_id -> Text,
        text -> Text,
        author_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    assessments (id) {
        id -> Text,
        case_id -> Text,
        rule_set_id -> Text,
        rule_set_version -> BigInt,
        assessed_on -> Date,
        eligible -> Bool,
        facts -> Text,
        results -> Text,
        assessed_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    assistance_items (id) {
        id -> Text,
        case_id -> Text,
        person_id -> Text,
        programme_id -> Text,
        household_id -> Nullable<Text>,
        assistance_type -> Text,
        amount_tetri -> Nullable<BigInt>,
        in_kind -> Bool,
        status -> Text,
        provider_organisation_id -> Nullable<Text>,
        corrects_id -> Nullable<Text>,
        description -> Nullable<Text>,
        proposed_by -> Text,
        decided_by -> Nullable<Text>,
        delivered_on -> Nullable<Date>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        corrections_tetri -> BigInt,
        approved_on -> Nullable<Date>,
        imported -> Bool,
    }
}

diesel::table! {
    assistance_co_beneficiaries (assistance_id, person_id) {
        assistance_id -> Text,
        person_id -> Text,
    }
}

diesel::table! {
    assistance_actions (id) {
        id -> Text,
        assistance_id -> Text,
        action -> Text,
        reason -> Nullable<Text>,
        actor_id -> Text,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    referrals (id) {
        id -> Text,
        case_id -> Nullable<Text>,
        person_id -> Text,
        organisation_id -> Text,
        service -> Text,
        note -> Nullable<Text>,
        status -> Text,
        reason -> Nullable<Text>,
        outcome -> Nullable<Text>,
        created_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sender_organisation_id -> Nullable<Text>,
    }
}

diesel::table! {
    follow_ups (id) {
        id -> Text,
        case_id -> Text,
        point -> Text,
        conducted_on -> Date,
        answers -> Text,
        economic -> Nullable<Double>,
        social -> Nullable<Double>,
        psychosocial -> Nullable<Double>,
        overall -> Nullable<Double>,
        recorded_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outreach_events (id) {
        id -> Text,
        organisation_id -> Text,
        held_on -> Date,
        region -> Text,
        kind -> Text,
        people_reached -> BigInt,
        programme_id -> Nullable<Text>,
        title -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    counselling_sessions (id) {
        id -> Text,
        organisation_id -> Text,
        held_on -> Date,
        stream -> Text,
        topic -> Text,
        person_id -> Nullable<Text>,
        programme_id -> Nullable<Text>,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    contacts (id) {
        id -> Text,
        person_id -> Text,
        programme_id -> Text,
        organisation_id -> Text,
        contacted_on -> Date,
        channel -> Text,
        outcome -> Text,
        recorded_by -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    webhooks (id) {
        id -> Text,
        url -> Text,
        event_types -> Text,
        description -> Nullable<Text>,
        secret -> Text,
        owner_id -> Text,
        status -> Text,
        cursor_seq -> BigInt,
        attempts -> Integer,
        failing_since -> Nullable<Timestamp>,
        next_attempt_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        disabled_reason -> Nullable<Text>,
        lease -> Nullable<Text>,
        leased_until -> Nullable<Timestamp>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Text,
        webhook_id -> Text,
        event_id -> Text,
        event_type -> Text,
        event_seq -> BigInt,
        attempt -> Integer,
        attempted_at -> Timestamp,
        outcome -> Text,
        status_code -> Nullable<Integer>,
        latency_ms -> BigInt,
        error -> Nullable<Text>,
    }
}

diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(webhook_deliveries -> webhooks (webhook_id));
diesel::joinable!(training_participants -> trainings (training_id));
diesel::joinable!(survey_responses -> questionnaires (questionnaire_id));
diesel::joinable!(client_secrets -> users (user_id));
diesel::joinable!(persons -> households (household_id));
diesel::joinable!(person_external_ids -> persons (person_id));
diesel::joinable!(stays_abroad -> persons (person_id));
diesel::joinable!(rule_set_versions -> rule_sets (rule_set_id));
diesel::joinable!(programmes -> rule_sets (rule_set_id));
diesel::joinable!(programme_catalogue -> programmes (programme_id));
diesel::joinable!(cases -> persons (person_id));
diesel::joinable!(cases -> programmes (programme_id));
diesel::joinable!(case_transitions -> cases (case_id));
diesel::joinable!(case_notes -> cases (case_id));
diesel::joinable!(assessments -> cases (case_id));
diesel::joinable!(assistance_items -> cases (case_id));
diesel::joinable!(assistance_co_beneficiaries -> assistance_items (assistance_id));
diesel::joinable!(assistance_actions -> assistance_items (assistance_id));
diesel::joinable!(referrals -> organisations (organisation_id));
diesel::joinable!(follow_ups -> cases (case_id));
diesel::joinable!(outreach_events -> organisations (organisation_id));
diesel::joinable!(counselling_sessions -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    organisations,
    client_secrets,
    sign_in_failures,
    erasures,
    households,
    persons,
    person_external_ids,
    stays_abroad,
    job_placements,
    social_enterprises,
    social_enterprise_partners,
    social_enterprise_beneficiaries,
    job_places,
    movements,
    residence_permits,
    integration_services,
    jobseekers,
    schemes,
    vacancies,
    applications,
    application_moves,
    scheme_quota_use,
    matching_stamp,
    projects,
    meetings,
    action_items,
    activities,
    logic_elements,
    indicators,
    indicator_measurements,
    risks,
    trainings,
    training_participants,
    questionnaires,
    survey_responses,
    events,
    imports,
    webhooks,
    webhook_deliveries,
    matching_changes,
    orientation_sessions,
    orientation_attendance,
    audit_log,
    idempotency_keys,
    rule_sets,
    rule_set_versions,
    programmes,
    programme_catalogue,
    cases,
    case_transitions,
    case_notes,
    assessments,
    assistance_items,
    assistance_co_beneficiaries,
    assistance_actions,
    referrals,
    follow_ups,
    outreach_events,
    counselling_sessions,
    contacts,
);
