-- Per-account export rules: status mapping (Y5, F9, F11, SH2) and conversion tables (C2, D7, Y6).
-- Only what an account changed is stored; the mall connector's defaults fill in the rest.

CREATE TABLE status_mapping (
    account_id        VARCHAR(100) NOT NULL,
    status            VARCHAR(40)  NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    mall_order_status VARCHAR(50),
    mall_ship_status  VARCHAR(50),
    PRIMARY KEY (account_id, status)
);

CREATE TABLE carrier_conversion (
    account_id VARCHAR(100) NOT NULL,
    carrier    VARCHAR(200) NOT NULL,
    -- empty: the mall has no code for this carrier, orders with it are not sent (D7)
    mall_code  VARCHAR(100) NOT NULL,
    mall_name  VARCHAR(200),
    PRIMARY KEY (account_id, carrier)
);

CREATE TABLE time_slot_conversion (
    account_id     VARCHAR(100) NOT NULL,
    time_slot      VARCHAR(100) NOT NULL,
    mall_time_slot VARCHAR(100) NOT NULL,
    PRIMARY KEY (account_id, time_slot)
);

CREATE TABLE export_setting (
    account_id         VARCHAR(100) PRIMARY KEY,
    -- empty: the account cleared the mall's default
    no_tracking_reason VARCHAR(50)
);
