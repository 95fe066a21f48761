-- E-commerce and mobile vendors: commission tiers (5-15 %, in basis points), vendors with
-- their location, products, orders and order items. An order keeps the commission rate it
-- was placed under, and commission plus vendor net always equal its total.

CREATE TABLE commission_tiers (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    commission_bps INTEGER NOT NULL CHECK (commission_bps BETWEEN 0 AND 10000),
    min_monthly_gmv_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO commission_tiers
    (code, name, commission_bps, min_monthly_gmv_minor, currency, sort_order) VALUES
    ('starter', 'Starter', 1500, 0, 'USD', 1),
    ('growth', 'Growth', 1200, 500000, 'USD', 2),
    ('pro', 'Pro', 1000, 2500000, 'USD', 3),
    ('scale', 'Scale', 800, 10000000, 'USD', 4),
    ('enterprise', 'Enterprise', 500, 50000000, 'USD', 5);

CREATE TABLE vendors (
    id {{pk}},
    owner_user_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('online_shop', 'mobile', 'food_truck', 'market_stall',
                                       'service')),
    category TEXT NOT NULL,
    description TEXT,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    lat_e6 BIGINT NOT NULL,
    lon_e6 BIGINT NOT NULL,
    tier TEXT NOT NULL DEFAULT 'starter' REFERENCES commission_tiers (code),
    verification_status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (verification_status IN ('unverified', 'pending', 'verified', 'rejected')),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'paused', 'suspended', 'closed')),
    currency TEXT NOT NULL,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    rating_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vendors_owner ON vendors (owner_user_id, id);
CREATE INDEX vendors_status ON vendors (status, created_at, id);
CREATE INDEX vendors_verification ON vendors (verification_status, created_at, id);
CREATE INDEX vendors_city ON vendors (country, city, id);
CREATE INDEX vendors_tier ON vendors (tier, id);
CREATE INDEX vendors_position ON vendors (lat_e6, lon_e6);

CREATE TABLE products (
    id {{pk}},
    vendor_id BIGINT NOT NULL REFERENCES vendors (id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    price_minor BIGINT NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL,
    stock INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('draft', 'active', 'out_of_stock', 'removed')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (vendor_id, sku)
);
CREATE INDEX products_vendor ON products (vendor_id, status, id);

CREATE TABLE orders (
    id {{pk}},
    buyer_id BIGINT NOT NULL REFERENCES users (id),
    vendor_id BIGINT NOT NULL REFERENCES vendors (id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'canceled',
                                           'refunded', 'disputed')),
    subtotal_minor BIGINT NOT NULL,
    shipping_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL,
    commission_bps INTEGER NOT NULL,
    commission_minor BIGINT NOT NULL,
    vendor_net_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (subtotal_minor + shipping_minor = total_minor),
    CHECK (commission_minor + vendor_net_minor = total_minor)
);
CREATE INDEX orders_vendor ON orders (vendor_id, created_at, id);
CREATE INDEX orders_buyer ON orders (buyer_id, created_at, id);
CREATE INDEX orders_status ON orders (status, created_at, id);
CREATE INDEX orders_created ON orders (created_at, id);

CREATE TABLE order_items (
    id {{pk}},
    order_id BIGINT NOT NULL REFERENCES orders (id),
    product_id BIGINT NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor BIGINT NOT NULL,
    line_total_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    CHECK (line_total_minor = unit_price_minor * quantity)
);
CREATE INDEX order_items_order ON order_items (order_id, id);
CREATE INDEX order_items_product ON order_items (product_id, id);
