-- Ride-hailing: drivers and vehicles, rides with their fares, GPS tracks, live driver
-- positions, surge zones and geofences. Coordinates are microdegrees (degrees * 1 000 000)
-- in BIGINT columns named lat_e6 / lon_e6, exact and the same in both dialects.

CREATE TABLE drivers (
    id {{pk}},
    user_id BIGINT NOT NULL UNIQUE REFERENCES users (id),
    license_number_encrypted {{blob}},
    license_country TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'applicant'
        CHECK (status IN ('applicant', 'pending_verification', 'active', 'suspended',
                          'deactivated')),
    rating_sum INTEGER NOT NULL DEFAULT 0,
    rating_count INTEGER NOT NULL DEFAULT 0,
    completed_rides INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX drivers_status ON drivers (status, created_at, id);
CREATE INDEX drivers_city ON drivers (country, city, status, id);

CREATE TABLE vehicles (
    id {{pk}},
    driver_id BIGINT NOT NULL REFERENCES drivers (id),
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    model_year INTEGER NOT NULL,
    color TEXT NOT NULL,
    plate_number TEXT NOT NULL,
    vehicle_class TEXT NOT NULL
        CHECK (vehicle_class IN ('economy', 'comfort', 'premium', 'xl', 'electric')),
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'retired')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vehicles_driver ON vehicles (driver_id, id);
CREATE INDEX vehicles_plate ON vehicles (plate_number);

CREATE TABLE rides (
    id {{pk}},
    rider_id BIGINT NOT NULL REFERENCES users (id),
    driver_id BIGINT REFERENCES drivers (id),
    vehicle_id BIGINT REFERENCES vehicles (id),
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'accepted', 'in_progress', 'completed',
                                           'canceled_by_rider', 'canceled_by_driver',
                                           'no_driver', 'disputed')),
    pickup_lat_e6 BIGINT NOT NULL,
    pickup_lon_e6 BIGINT NOT NULL,
    dropoff_lat_e6 BIGINT NOT NULL,
    dropoff_lon_e6 BIGINT NOT NULL,
    distance_m INTEGER NOT NULL,
    duration_s INTEGER NOT NULL,
    base_fare_minor BIGINT NOT NULL,
    surge_multiplier_pct INTEGER NOT NULL DEFAULT 100 CHECK (surge_multiplier_pct >= 100),
    fare_minor BIGINT NOT NULL,
    driver_earnings_minor BIGINT NOT NULL,
    platform_fee_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    requested_at BIGINT NOT NULL,
    accepted_at BIGINT,
    started_at BIGINT,
    completed_at BIGINT,
    canceled_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (driver_earnings_minor + platform_fee_minor = fare_minor)
);
CREATE INDEX rides_status ON rides (status, requested_at, id);
CREATE INDEX rides_rider ON rides (rider_id, requested_at, id);
CREATE INDEX rides_driver ON rides (driver_id, requested_at, id);
CREATE INDEX rides_city ON rides (country, city, requested_at, id);
CREATE INDEX rides_requested ON rides (requested_at, id);

-- Sampled track of a ride, in order.
CREATE TABLE gps_points (
    ride_id BIGINT NOT NULL REFERENCES rides (id),
    seq INTEGER NOT NULL,
    lat_e6 BIGINT NOT NULL,
    lon_e6 BIGINT NOT NULL,
    speed_kmh INTEGER,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (ride_id, seq)
);

-- Latest known position of each driver.
CREATE TABLE driver_locations (
    driver_id BIGINT PRIMARY KEY REFERENCES drivers (id),
    lat_e6 BIGINT NOT NULL,
    lon_e6 BIGINT NOT NULL,
    heading_deg INTEGER,
    is_online BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX driver_locations_position ON driver_locations (lat_e6, lon_e6);
CREATE INDEX driver_locations_online ON driver_locations (is_online, recorded_at);

CREATE TABLE surge_zones (
    id {{pk}},
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    center_lat_e6 BIGINT NOT NULL,
    center_lon_e6 BIGINT NOT NULL,
    radius_m INTEGER NOT NULL CHECK (radius_m > 0),
    multiplier_pct INTEGER NOT NULL CHECK (multiplier_pct >= 100),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    starts_at BIGINT,
    ends_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX surge_zones_city ON surge_zones (country, city, id);

-- polygon is "lat,lon;lat,lon;..." in decimal degrees; the bounding box is kept for filtering.
CREATE TABLE geofences (
    id {{pk}},
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('service_area', 'airport', 'restricted', 'pickup_zone',
                                       'low_emission')),
    polygon TEXT NOT NULL,
    min_lat_e6 BIGINT NOT NULL,
    min_lon_e6 BIGINT NOT NULL,
    max_lat_e6 BIGINT NOT NULL,
    max_lon_e6 BIGINT NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX geofences_city ON geofences (country, city, id);
