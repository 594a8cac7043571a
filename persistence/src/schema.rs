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
    }
}

diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(client_secrets -> users (user_id));
diesel::joinable!(persons -> households (household_id));
diesel::joinable!(person_external_ids -> persons (person_id));
diesel::joinable!(stays_abroad -> persons (person_id));

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
    audit_log,
    idempotency_keys,
);
