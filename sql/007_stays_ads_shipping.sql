-- Stays (hosts, properties, bookings), advertising campaigns (30 % platform commission on
-- spend) and crowdshipping (travelers' trips and the parcels senders entrust to them; the fee
-- is held in escrow until delivery, then split between traveler and platform).

CREATE TABLE hosts (
    id {{pk}},
    user_id BIGINT NOT NULL UNIQUE REFERENCES users (id),
    display_name TEXT NOT NULL,
    verification_status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (verification_status IN ('unverified', 'pending', 'verified', 'rejected')),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'suspended', 'closed')),
    is_superhost BOOLEAN NOT NULL DEFAULT FALSE,
    currency TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX hosts_verification ON hosts (verification_status, created_at, id);
CREATE INDEX hosts_status ON hosts (status, created_at, id);

CREATE TABLE properties (
    id {{pk}},
    host_id BIGINT NOT NULL REFERENCES hosts (id),
    title TEXT NOT NULL,
    property_type TEXT NOT NULL
        CHECK (property_type IN ('apartment', 'house', 'room', 'hotel_room', 'villa', 'hostel',
                                 'cabin')),
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    lat_e6 BIGINT NOT NULL,
    lon_e6 BIGINT NOT NULL,
    bedrooms INTEGER NOT NULL DEFAULT 1,
    max_guests INTEGER NOT NULL DEFAULT 2,
    nightly_price_minor BIGINT NOT NULL CHECK (nightly_price_minor >= 0),
    currency TEXT NOT NULL,
    amenities_json TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'pending_review'
        CHECK (status IN ('draft', 'pending_review', 'listed', 'suspended', 'delisted')),
    rating_sum INTEGER NOT NULL DEFAULT 0,
    rating_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX properties_host ON properties (host_id, id);
CREATE INDEX properties_status ON properties (status, created_at, id);
CREATE INDEX properties_city ON properties (country, city, id);
CREATE INDEX properties_position ON properties (lat_e6, lon_e6);

-- check_in_at / check_out_at are the start of the stay's first and last day (UTC midnight).
CREATE TABLE bookings (
    id {{pk}},
    property_id BIGINT NOT NULL REFERENCES properties (id),
    guest_id BIGINT NOT NULL REFERENCES users (id),
    check_in_at BIGINT NOT NULL,
    check_out_at BIGINT NOT NULL,
    nights INTEGER NOT NULL CHECK (nights > 0),
    guests INTEGER NOT NULL DEFAULT 1,
    total_minor BIGINT NOT NULL,
    host_payout_minor BIGINT NOT NULL,
    platform_fee_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'canceled', 'completed',
                                           'disputed', 'refunded')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (check_out_at > check_in_at),
    CHECK (host_payout_minor + platform_fee_minor = total_minor)
);
CREATE INDEX bookings_property ON bookings (property_id, check_in_at, id);
CREATE INDEX bookings_guest ON bookings (guest_id, created_at, id);
CREATE INDEX bookings_status ON bookings (status, created_at, id);
CREATE INDEX bookings_created ON bookings (created_at, id);

-- Ads

CREATE TABLE ad_campaigns (
    id {{pk}},
    advertiser_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    objective TEXT NOT NULL
        CHECK (objective IN ('awareness', 'traffic', 'conversions', 'installs')),
    target_services TEXT NOT NULL,
    targeting_json TEXT NOT NULL DEFAULT '{}',
    budget_minor BIGINT NOT NULL CHECK (budget_minor >= 0),
    spent_minor BIGINT NOT NULL DEFAULT 0,
    platform_fee_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    impressions BIGINT NOT NULL DEFAULT 0,
    clicks BIGINT NOT NULL DEFAULT 0,
    conversions BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'pending_review', 'active', 'paused', 'completed',
                          'rejected')),
    starts_at BIGINT,
    ends_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (spent_minor <= budget_minor)
);
CREATE INDEX ad_campaigns_advertiser ON ad_campaigns (advertiser_id, created_at, id);
CREATE INDEX ad_campaigns_status ON ad_campaigns (status, created_at, id);

-- Crowdshipping

CREATE TABLE shipping_trips (
    id {{pk}},
    traveler_id BIGINT NOT NULL REFERENCES users (id),
    origin_city TEXT NOT NULL,
    origin_country TEXT NOT NULL,
    origin_lat_e6 BIGINT NOT NULL,
    origin_lon_e6 BIGINT NOT NULL,
    destination_city TEXT NOT NULL,
    destination_country TEXT NOT NULL,
    destination_lat_e6 BIGINT NOT NULL,
    destination_lon_e6 BIGINT NOT NULL,
    departs_at BIGINT NOT NULL,
    arrives_at BIGINT NOT NULL,
    capacity_grams INTEGER NOT NULL CHECK (capacity_grams > 0),
    price_per_kg_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'full', 'in_transit', 'completed', 'canceled')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (arrives_at > departs_at)
);
CREATE INDEX shipping_trips_traveler ON shipping_trips (traveler_id, created_at, id);
CREATE INDEX shipping_trips_status ON shipping_trips (status, departs_at, id);
CREATE INDEX shipping_trips_route ON shipping_trips (origin_city, destination_city, departs_at, id);

CREATE TABLE parcels (
    id {{pk}},
    sender_id BIGINT NOT NULL REFERENCES users (id),
    trip_id BIGINT REFERENCES shipping_trips (id),
    description TEXT NOT NULL,
    weight_grams INTEGER NOT NULL CHECK (weight_grams > 0),
    declared_value_minor BIGINT NOT NULL DEFAULT 0,
    fee_minor BIGINT NOT NULL,
    traveler_payout_minor BIGINT NOT NULL,
    platform_fee_minor BIGINT NOT NULL,
    escrow_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    escrow_status TEXT NOT NULL DEFAULT 'none'
        CHECK (escrow_status IN ('none', 'held', 'released', 'refunded')),
    status TEXT NOT NULL DEFAULT 'created'
        CHECK (status IN ('created', 'matched', 'picked_up', 'in_transit', 'delivered',
                          'disputed', 'canceled', 'lost')),
    origin_city TEXT NOT NULL,
    destination_city TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    delivered_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (traveler_payout_minor + platform_fee_minor = fee_minor)
);
CREATE INDEX parcels_sender ON parcels (sender_id, created_at, id);
CREATE INDEX parcels_trip ON parcels (trip_id, id);
CREATE INDEX parcels_status ON parcels (status, created_at, id);
CREATE INDEX parcels_escrow ON parcels (escrow_status, created_at, id);
