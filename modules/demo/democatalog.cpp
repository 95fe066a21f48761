#include "democatalog.h"

namespace Steward::Demo {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    result.reserve(qsizetype(list.size()));
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

enum NamePool {
    German,
    French,
    Spanish,
    LatinAmerican,
    Italian,
    Dutch,
    Portuguese,
    Brazilian,
    English,
    Nigerian,
    Kenyan,
    Arabic,
    Turkish,
    Indian,
    Japanese,
    Korean,
    Chinese,
    Indonesian,
    Thai,
    SouthernAfrican,
};

QList<DemoNamePool> namePools()
{
    QList<DemoNamePool> pools(SouthernAfrican + 1);
    pools[German] = {QStringLiteral("German"),
                     words({"Lukas", "Leon",   "Finn",   "Jonas", "Paul",    "Felix",  "Maximilian",
                            "Elias", "Jürgen", "Tobias", "Emma",  "Mia",     "Hannah", "Lena",
                            "Lea",   "Marie",  "Sophie", "Anna",  "Johanna", "Katrin"}),
                     words({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                            "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf",
                            "Schröder", "Neumann", "Braun", "Zimmermann"})};
    pools[French] = {
        QStringLiteral("French"),
        words({"Louis", "Gabriel", "Jules", "Hugo", "Arthur", "Raphaël", "Mathis", "Lucas", "Léa",
               "Chloé", "Manon", "Camille", "Inès", "Zoé", "Louise", "Amélie"}),
        words({"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
               "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Fournier", "Girard",
               "Bonnet", "Mercier"})};
    pools[Spanish] = {
        QStringLiteral("Spanish"),
        words({"Hugo", "Martín", "Lucas", "Mateo", "Pablo", "Alejandro", "Daniel", "Javier",
               "Lucía", "Sofía", "Martina", "María", "Paula", "Julia", "Carmen", "Elena"}),
        words({"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
               "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
               "Álvarez"})};
    pools[LatinAmerican] = {QStringLiteral("Latin American"),
                            words({"Santiago", "Sebastián", "Diego", "Emiliano", "Joaquín",
                                   "Benjamín", "Tomás", "Valentina", "Camila", "Ximena", "Regina",
                                   "Mariana", "Renata", "Agustina", "Catalina", "Luciana"}),
                            words({"Hernández", "García", "Martínez", "López", "González", "Pérez",
                                   "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez",
                                   "Romero", "Sosa", "Torres", "Vargas"})};
    pools[Italian] = {
        QStringLiteral("Italian"),
        words({"Leonardo", "Francesco", "Alessandro", "Lorenzo", "Mattia", "Andrea", "Marco",
               "Giulia", "Sofia", "Aurora", "Alice", "Ginevra", "Giorgia", "Beatrice", "Chiara",
               "Emma"}),
        words({"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
               "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano"})};
    pools[Dutch] = {QStringLiteral("Dutch"),
                    words({"Daan", "Sem", "Levi", "Milan", "Bram", "Finn", "Thijs", "Emma", "Julia",
                           "Tess", "Sophie", "Zoë", "Sara", "Anna", "Noor", "Sanne"}),
                    words({"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
                           "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
                           "Bos", "Vos", "Peters"})};
    pools[Portuguese] = {
        QStringLiteral("Portuguese"),
        words({"João", "Francisco", "Afonso", "Tomás", "Duarte", "Rodrigo", "Maria", "Leonor",
               "Matilde", "Beatriz", "Carolina", "Inês"}),
        words({"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
               "Martins", "Sousa", "Fernandes", "Gonçalves", "Lopes"})};
    pools[Brazilian] = {
        QStringLiteral("Brazilian"),
        words({"Miguel", "Arthur", "Heitor", "Bernardo", "Davi", "Gabriel", "Lucas", "Pedro",
               "Helena", "Alice", "Laura", "Valentina", "Manuela", "Sophia", "Beatriz", "Larissa"}),
        words({"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
               "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Barbosa"})};
    pools[English] = {
        QStringLiteral("English"),
        words({"Oliver", "James", "Noah",   "Liam",   "William", "Henry", "Jack",  "Ethan",
               "Connor", "Aiden", "Olivia", "Amelia", "Isla",    "Ava",   "Emily", "Charlotte",
               "Grace",  "Chloe", "Harper", "Aoife",  "Siobhan", "Maya"}),
        words({"Smith",  "Johnson", "Williams", "Brown",  "Jones", "Miller",  "Davis",
               "Wilson", "Taylor",  "Anderson", "Thomas", "Moore", "Jackson", "White",
               "Harris", "Clark",   "Lewis",    "Walker", "Evans", "Murphy",  "O'Brien",
               "Kelly",  "Nguyen",  "Patel",    "Cohen",  "Rivera"})};
    pools[Nigerian] = {
        QStringLiteral("Nigerian"),
        words({"Chinedu", "Emeka", "Oluwaseun", "Tunde", "Adebayo", "Ifeanyi", "Babajide",
               "Kelechi", "Ngozi", "Amara", "Chiamaka", "Funmilayo", "Yetunde", "Aisha", "Folake",
               "Zainab", "Temitope"}),
        words({"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye", "Bello",
               "Abubakar", "Obi", "Afolabi", "Chukwu", "Ibrahim", "Olawale", "Okoro", "Adewale"})};
    pools[Kenyan] = {
        QStringLiteral("Kenyan"),
        words({"Brian", "Kevin", "Dennis", "Collins", "Kamau", "Otieno", "Faith", "Mercy", "Sharon",
               "Wanjiru", "Achieng", "Njeri", "Akinyi", "Wambui", "Atieno", "Grace"}),
        words({"Mwangi", "Otieno", "Kamau", "Wanjiku", "Ochieng", "Kiprono", "Njoroge", "Odhiambo",
               "Mutua", "Kariuki", "Chebet", "Wafula", "Omondi", "Kimani", "Koech", "Nyambura"})};
    pools[Arabic] = {
        QStringLiteral("Arabic"),
        words({"Mohamed", "Ahmed", "Omar", "Youssef", "Mahmoud", "Khaled", "Karim", "Hassan",
               "Fatma", "Mariam", "Nour", "Salma", "Aya", "Layla", "Hana", "Yasmin", "Rania"}),
        words({"Hassan", "Mahmoud", "Ibrahim", "Ali", "Mostafa", "Abdelrahman", "El-Sayed",
               "Farouk", "Khalil", "Nasser", "Saleh", "Haddad", "Mansour", "Aziz", "Rahman",
               "Said"})};
    pools[Turkish] = {
        QStringLiteral("Turkish"),
        words({"Yusuf", "Eymen", "Mustafa", "Emir", "Ömer", "Ali", "Burak", "Emre", "Zeynep",
               "Elif", "Defne", "Ecrin", "Azra", "Ayşe", "Merve", "Selin"}),
        words({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
               "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara"})};
    pools[Indian] = {
        QStringLiteral("Indian"),
        words({"Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Rahul", "Vikram", "Sai", "Ananya",
               "Diya", "Priya", "Aditi", "Isha", "Kavya", "Neha", "Pooja", "Saanvi", "Sneha"}),
        words({"Sharma", "Patel", "Gupta", "Singh", "Kumar", "Iyer", "Reddy", "Nair", "Rao",
               "Mehta", "Joshi", "Desai", "Shah", "Menon", "Bhat", "Kulkarni", "Chatterjee",
               "Das"})};
    pools[Japanese] = {
        QStringLiteral("Japanese"),
        words({"Haruto", "Sota", "Yuto", "Ren", "Kaito", "Hiroshi", "Takumi", "Daiki", "Yui",
               "Hina", "Sakura", "Aoi", "Yuna", "Mei", "Rin", "Haruka", "Akari"}),
        words({"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
               "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto",
               "Inoue"})};
    pools[Korean] = {
        QStringLiteral("Korean"),
        words({"Min-jun", "Seo-jun", "Do-yun", "Ji-ho", "Ha-jun", "Ji-hoon", "Seo-yeon", "Ji-woo",
               "Seo-yun", "Ha-eun", "Min-seo", "Soo-ah", "Eun-ji"}),
        words({"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
               "Oh", "Seo", "Shin", "Kwon", "Hwang"})};
    pools[Chinese] = {QStringLiteral("Chinese"),
                      words({"Wei", "Jun", "Hao", "Jie", "Ming", "Xin", "Hui", "Li", "Mei", "Ying",
                             "Jia", "Xiu", "Rachel", "Daniel", "Nur", "Siti"}),
                      words({"Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh",
                             "Teo", "Ang", "Yeo", "Tay", "Ho", "Low"})};
    pools[Indonesian] = {QStringLiteral("Indonesian"),
                         words({"Budi", "Agus", "Andi", "Rizky", "Dimas", "Fajar", "Bayu", "Putri",
                                "Siti", "Dewi", "Ayu", "Indah", "Sari", "Nur", "Rina", "Wulan"}),
                         words({"Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Kusuma",
                                "Nugroho", "Setiawan", "Halim", "Gunawan", "Lestari", "Purnomo",
                                "Susanto", "Wibowo", "Hartono", "Siregar"})};
    pools[Thai] = {
        QStringLiteral("Thai"),
        words({"Somchai", "Anan", "Niran", "Krit", "Chaiwat", "Somsak", "Thanawat", "Kittisak",
               "Ploy", "Nok", "Siriporn", "Kanya", "Malee", "Nattaya", "Pim", "Arisa"}),
        words({"Saetang", "Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn", "Boonmee", "Suksawat",
               "Thongchai", "Phrommin", "Sombat", "Kaewmanee", "Charoensuk", "Jaidee", "Sangthong",
               "Petchsri", "Intharaphong"})};
    pools[SouthernAfrican] = {
        QStringLiteral("Southern African"),
        words({"Thabo", "Sipho", "Themba", "Bongani", "Pieter", "Johan", "Kagiso", "Lerato",
               "Naledi", "Zanele", "Nomsa", "Ayanda", "Annelie", "Palesa"}),
        words({"Nkosi", "Dlamini", "Ndlovu", "Khumalo", "Mokoena", "Botha", "van der Merwe",
               "Naidoo", "Mahlangu", "Sithole", "Pretorius", "Zulu", "Molefe", "Jacobs"})};
    return pools;
}

QList<DemoCity> cities()
{
    // name, country, currency, zone, locale, centre, main airport, weight, names, price level,
    // low-emission zone
    auto city = [](const char *name, const char *country, const char *currency, const char *zone,
                   const char *locale, double lat, double lon, double airportLat, double airportLon,
                   int weight, int pool, int pricePercent, bool lowEmission) {
        return DemoCity{QString::fromUtf8(name),
                        QString::fromLatin1(country),
                        QString::fromLatin1(currency),
                        QString::fromLatin1(zone),
                        QString::fromLatin1(locale),
                        lat,
                        lon,
                        airportLat,
                        airportLon,
                        weight,
                        pool,
                        pricePercent,
                        lowEmission};
    };
    return {
        city("Berlin", "DE", "EUR", "Europe/Berlin", "de", 52.520008, 13.404954, 52.366667,
             13.503333, 8, German, 80, true),
        city("Munich", "DE", "EUR", "Europe/Berlin", "de", 48.135125, 11.581981, 48.353783,
             11.786086, 4, German, 90, true),
        city("Hamburg", "DE", "EUR", "Europe/Berlin", "de", 53.551086, 9.993682, 53.630389,
             9.988228, 3, German, 85, true),
        city("Paris", "FR", "EUR", "Europe/Paris", "fr", 48.856613, 2.352222, 49.009691, 2.547925,
             9, French, 90, true),
        city("Madrid", "ES", "EUR", "Europe/Madrid", "es", 40.416775, -3.703790, 40.498332,
             -3.567598, 6, Spanish, 70, true),
        city("Barcelona", "ES", "EUR", "Europe/Madrid", "es", 41.385064, 2.173403, 41.297445,
             2.083294, 5, Spanish, 75, true),
        city("Rome", "IT", "EUR", "Europe/Rome", "it", 41.902782, 12.496366, 41.800278, 12.238889,
             5, Italian, 75, true),
        city("Milan", "IT", "EUR", "Europe/Rome", "it", 45.464204, 9.189982, 45.630606, 8.728111, 4,
             Italian, 85, true),
        city("Amsterdam", "NL", "EUR", "Europe/Amsterdam", "nl", 52.367573, 4.904139, 52.310539,
             4.768274, 5, Dutch, 90, true),
        city("Lisbon", "PT", "EUR", "Europe/Lisbon", "pt", 38.722252, -9.139337, 38.774167,
             -9.134167, 3, Portuguese, 65, true),
        city("Dublin", "IE", "EUR", "Europe/Dublin", "en", 53.349805, -6.260310, 53.421333,
             -6.270075, 3, English, 90, false),
        city("Vienna", "AT", "EUR", "Europe/Vienna", "de", 48.208174, 16.373819, 48.110278,
             16.569722, 3, German, 80, false),
        city("London", "GB", "GBP", "Europe/London", "en", 51.507351, -0.127758, 51.470020,
             -0.454295, 12, English, 95, true),
        city("Manchester", "GB", "GBP", "Europe/London", "en", 53.480759, -2.242631, 53.365000,
             -2.272222, 4, English, 75, false),
        city("Edinburgh", "GB", "GBP", "Europe/London", "en", 55.953251, -3.188267, 55.950000,
             -3.372500, 2, English, 75, false),
        city("New York", "US", "USD", "America/New_York", "en", 40.712776, -74.005974, 40.641311,
             -73.778139, 12, English, 100, false),
        city("Los Angeles", "US", "USD", "America/Los_Angeles", "en", 34.052235, -118.243683,
             33.941589, -118.408530, 8, English, 95, false),
        city("Chicago", "US", "USD", "America/Chicago", "en", 41.878113, -87.629799, 41.974162,
             -87.907321, 6, English, 85, false),
        city("San Francisco", "US", "USD", "America/Los_Angeles", "en", 37.774929, -122.419418,
             37.621313, -122.378955, 5, English, 105, false),
        city("Toronto", "CA", "USD", "America/Toronto", "en", 43.653225, -79.383186, 43.677717,
             -79.624819, 5, English, 80, false),
        city("Mexico City", "MX", "USD", "America/Mexico_City", "es", 19.432608, -99.133209,
             19.436076, -99.071909, 6, LatinAmerican, 40, false),
        city("São Paulo", "BR", "USD", "America/Sao_Paulo", "pt", -23.550520, -46.633308,
             -23.435556, -46.473056, 8, Brazilian, 40, false),
        city("Buenos Aires", "AR", "USD", "America/Argentina/Buenos_Aires", "es", -34.603684,
             -58.381559, -34.822222, -58.535833, 4, LatinAmerican, 35, false),
        city("Lagos", "NG", "USD", "Africa/Lagos", "en", 6.524379, 3.379206, 6.577369, 3.321156, 7,
             Nigerian, 30, false),
        city("Nairobi", "KE", "USD", "Africa/Nairobi", "en", -1.292066, 36.821945, -1.319167,
             36.927778, 4, Kenyan, 30, false),
        city("Cairo", "EG", "USD", "Africa/Cairo", "ar", 30.044420, 31.235712, 30.121944, 31.405556,
             6, Arabic, 25, false),
        city("Johannesburg", "ZA", "USD", "Africa/Johannesburg", "en", -26.204103, 28.047305,
             -26.133694, 28.242317, 4, SouthernAfrican, 40, false),
        city("Istanbul", "TR", "USD", "Europe/Istanbul", "tr", 41.008238, 28.978359, 41.275278,
             28.751944, 7, Turkish, 40, false),
        city("Dubai", "AE", "USD", "Asia/Dubai", "ar", 25.204849, 55.270783, 25.253174, 55.365673,
             4, Arabic, 85, false),
        city("Mumbai", "IN", "USD", "Asia/Kolkata", "hi", 19.075983, 72.877655, 19.089560,
             72.865614, 9, Indian, 25, false),
        city("Bengaluru", "IN", "USD", "Asia/Kolkata", "kn", 12.971599, 77.594563, 13.198635,
             77.706593, 5, Indian, 25, false),
        city("Singapore", "SG", "USD", "Asia/Singapore", "en", 1.352083, 103.819836, 1.364420,
             103.991531, 4, Chinese, 90, false),
        city("Tokyo", "JP", "USD", "Asia/Tokyo", "ja", 35.689487, 139.691711, 35.549393, 139.779839,
             10, Japanese, 75, false),
        city("Seoul", "KR", "USD", "Asia/Seoul", "ko", 37.566535, 126.977969, 37.460191, 126.440696,
             6, Korean, 70, false),
        city("Jakarta", "ID", "USD", "Asia/Jakarta", "id", -6.208763, 106.845599, -6.125567,
             106.655897, 6, Indonesian, 25, false),
        city("Bangkok", "TH", "USD", "Asia/Bangkok", "th", 13.756331, 100.501762, 13.690000,
             100.750112, 5, Thai, 30, false),
        city("Sydney", "AU", "USD", "Australia/Sydney", "en", -33.868820, 151.209296, -33.939923,
             151.175276, 5, English, 90, false),
    };
}

QList<DemoVendorCategory> vendorCategories()
{
    return {
        {QStringLiteral("coffee"), words({"Roasters", "Coffee", "Beans", "Brew Bar"}),
         words({"Espresso beans 1 kg", "Filter coffee 250 g", "Matcha tin", "Cold brew bottle",
                "Ceramic mug", "Pour-over kit", "Decaf beans 500 g"}),
         400, 4500, words({"online_shop", "market_stall"})},
        {QStringLiteral("bakery"), words({"Bakery", "Bakehouse", "Ovens", "Patisserie"}),
         words({"Sourdough loaf", "Croissant box", "Cinnamon rolls (6)", "Birthday cake",
                "Rye bread", "Cookie tin", "Fruit tart"}),
         300, 4000, words({"market_stall", "online_shop", "mobile"})},
        {QStringLiteral("flowers"), words({"Flowers", "Plant Studio", "Greenhouse", "Blooms"}),
         words({"Seasonal bouquet", "Monstera plant", "Succulent trio", "Orchid",
                "Dried flower wreath", "Herb garden kit"}),
         900, 7500, words({"online_shop", "market_stall"})},
        {QStringLiteral("books"), words({"Books", "Bookshop", "Pages", "Reading Room"}),
         words({"Paperback novel", "Cookbook", "Illustrated children's book", "Travel guide",
                "Graphic novel", "Poetry collection"}),
         800, 4500, words({"online_shop"})},
        {QStringLiteral("fashion"), words({"Threads", "Studio", "Vintage", "Tailors", "Denim"}),
         words({"Organic T-shirt", "Denim jacket", "Wool scarf", "Canvas sneakers", "Linen shirt",
                "Tote bag", "Vintage dress"}),
         1500, 12000, words({"online_shop", "market_stall"})},
        {QStringLiteral("repairs"), words({"Phone Repair", "Fix-It", "Device Clinic"}),
         words({"Screen replacement", "Battery replacement", "Phone case", "USB-C charger",
                "Wireless earbuds", "Water damage check"}),
         1000, 15000, words({"service", "mobile"})},
        {QStringLiteral("street_food"), words({"Kitchen", "Street Food", "Grill", "Food Truck"}),
         words({"Tacos (3)", "Noodle bowl", "Falafel wrap", "Jollof rice plate", "Bao buns (2)",
                "Mango smoothie", "Suya skewers"}),
         300, 1800, words({"food_truck", "market_stall", "mobile"})},
        {QStringLiteral("home"), words({"Ceramics", "Home", "Workshop", "Candles"}),
         words({"Handmade bowl", "Stoneware vase", "Soy candle", "Linen napkins (4)",
                "Oak serving board", "Woven basket"}),
         1200, 9000, words({"online_shop", "market_stall"})},
        {QStringLiteral("bikes"), words({"Cycles", "Bike Works", "Wheels"}),
         words({"City bike service", "Inner tube", "Bike light set", "Helmet",
                "Refurbished city bike", "Puncture repair"}),
         800, 45000, words({"service", "mobile", "online_shop"})},
        {QStringLiteral("beauty"), words({"Naturals", "Apothecary", "Soap Co."}),
         words({"Shea butter", "Natural soap bar", "Hair oil", "Face serum", "Lip balm set",
                "Black soap"}),
         500, 4500, words({"online_shop", "market_stall"})},
    };
}

DemoCatalog build()
{
    DemoCatalog c;
    c.cities = cities();
    c.namePools = namePools();
    c.emailDomains = words(
        {"example.com", "example.net", "example.org", "mail.example.com", "post.example.net"});
    c.interests =
        words({"hiking",   "coffee",       "photography", "cooking", "jazz",          "yoga",
               "climbing", "running",      "board games", "travel",  "vinyl records", "gardening",
               "cycling",  "museums",      "street food", "poetry",  "football",      "tennis",
               "baking",   "dancing",      "podcasts",    "chess",   "surfing",       "live music",
               "sci-fi",   "volunteering", "languages",   "camping"});
    c.bios =
        words({"Coffee first, then adventures.", "Weekend hiker, weekday spreadsheet wrangler.",
               "Will cook for good conversation.",
               "Looking for someone to explore new neighbourhoods with.",
               "Dog person, plant parent, terrible at karaoke.",
               "Nurse by day, amateur baker by night.", "Ask me about my vinyl collection.",
               "Trying every noodle place in the city.", "Half marathon runner, full-time snacker.",
               "New in town and keen to see it through a local's eyes.",
               "I take board games far too seriously.", "Teacher, cyclist, occasional poet.",
               "Real photos, real me. No filters.",
               "Let's skip the small talk and find a good bookshop."});
    c.messages = words(
        {"Hey! How's your week going?", "Haha, same here.",
         "Have you been to the market on Saturday?", "That hike looks amazing, where was it?",
         "Coffee this weekend?", "Sorry, late reply, busy day at work.",
         "What are you reading at the moment?", "I love that place, their dumplings are the best.",
         "Sunday works for me.", "Good luck with the interview!", "Just got back from the gym.",
         "Do you like live music?", "What's your favourite spot in the city?", "See you at 7 then.",
         "That's so funny", "Are you more of a mountains or beach person?",
         "Thanks for today, I had a great time.", "Let me check my calendar."});
    c.userAgents =
        words({"Steward Mobile/4.2 (iOS 18.1)", "Steward Mobile/4.2 (Android 15)",
               "Steward Mobile/4.1 (Android 14)", "Mozilla/5.0 (Windows NT 10.0) Firefox/132.0",
               "Mozilla/5.0 (Macintosh) Safari/18.1", "Mozilla/5.0 (X11; Linux) Chrome/130.0"});
    c.agentCategories =
        words({"chatbot", "automation", "integration", "analytics", "content", "productivity"});
    c.agentAdjectives = words({"Smart", "Swift", "Quiet", "Precise", "Friendly", "Tireless",
                               "Clever", "Focused", "Handy", "Steady"});
    c.agentNouns = {
        words({"Concierge", "Support Desk", "Language Tutor", "Travel Planner", "Recipe Helper"}),
        words({"Inbox Sorter", "Invoice Chaser", "Calendar Wrangler", "Lead Router",
               "Report Builder"}),
        words({"CRM Bridge", "Sheets Sync", "Chat Relay", "Shop Connector", "Webhook Hub"}),
        words({"Churn Watcher", "Sales Forecaster", "Ad Spend Auditor", "KPI Digest",
               "Cohort Explorer"}),
        words({"Blog Drafter", "Caption Writer", "Product Describer", "Newsletter Editor",
               "Translation Desk"}),
        words({"Meeting Notes", "Task Triage", "Focus Coach", "Reading Digest", "Expense Tracker"}),
    };
    c.agentDescriptions =
        words({"Answers customer questions around the clock and hands over to a human when unsure.",
               "Connects your tools and keeps records in sync without copy and paste.",
               "Turns raw numbers into a short weekly summary you can act on.",
               "Drafts text in your voice for you to review before it goes out.",
               "Takes repetitive admin off your plate so you can focus on the work."});
    c.vendorCategories = vendorCategories();
    c.propertyAdjectives = words({"Bright", "Cosy", "Quiet", "Central", "Spacious", "Modern",
                                  "Charming", "Sunny", "Airy", "Renovated"});
    c.propertyTypes =
        words({"apartment", "house", "room", "hotel_room", "villa", "hostel", "cabin"});
    c.propertyTypeNames =
        words({"apartment", "house", "private room", "hotel room", "villa", "hostel bed", "cabin"});
    c.amenities = words({"wifi", "kitchen", "washer", "air_conditioning", "heating", "workspace",
                         "parking", "pool", "elevator", "balcony", "pets_allowed"});
    c.campaignNames = words({"Spring sale", "App install push", "Weekend brunch", "Holiday gifts",
                             "Launch week", "Back to school", "Summer rides", "Black Friday",
                             "New menu", "Grand opening", "Loyalty relaunch", "Rainy-day deals"});
    c.parcelContents = words({"Documents", "Gift box", "Books", "Handmade jewellery",
                              "Laptop charger", "Spices", "Clothes", "Toys", "Coffee beans",
                              "Vitamins", "Phone accessories", "Family photos"});
    c.vehicleClasses = words({"economy", "comfort", "premium", "xl", "electric"});
    c.vehicleModels = {
        words({"Toyota|Corolla", "Hyundai|Elantra", "Kia|Rio", "Volkswagen|Golf", "Honda|Civic",
               "Suzuki|Swift", "Renault|Clio", "Skoda|Octavia"}),
        words({"Toyota|Camry", "Skoda|Superb", "Hyundai|Sonata", "Volkswagen|Passat",
               "Honda|Accord"}),
        words({"Mercedes-Benz|E-Class", "BMW|5 Series", "Audi|A6", "Lexus|ES"}),
        words({"Toyota|Sienna", "Ford|Galaxy", "Volkswagen|Sharan", "Kia|Carnival"}),
        words({"Tesla|Model 3", "Nissan|Leaf", "Hyundai|Ioniq 5", "BYD|Atto 3", "Kia|EV6",
               "Volkswagen|ID.4"}),
    };
    c.vehicleColors = words({"black", "white", "silver", "grey", "blue", "red", "green"});
    c.surgeZoneNames = words({"City centre", "Central station", "Nightlife district",
                              "Business district", "Stadium", "University quarter"});
    c.aiFlagDetails =
        words({"Photo shows generation artefacts around hair and hands",
               "Face appears in several unrelated profiles",
               "Bio text matches known language-model phrasing",
               "Replies arrive within seconds at all hours, pattern typical of a chatbot",
               "Image metadata names a generative tool",
               "Listing photos are synthetic renderings, not the real item"});
    c.userReportDetails = words(
        {"Asked me to move to another app and send money",
         "Photos look like they were taken from an influencer",
         "Rude and threatening messages after I said no",
         "Listing price doesn't match the description", "Seems much younger than the profile says",
         "Keeps sending links to a crypto site",
         "Item never arrived and the seller stopped answering",
         "Host's photos show a different apartment", "Profile is copied from a friend of mine"});
    c.kycProviders = words({"VeriDoc", "IDSure", "TrustLayer"});
    c.aiSources =
        words({"photo-authenticity v3", "text-origin v2", "chat-behaviour v1", "listing-image v2"});
    c.featureProposals =
        words({"Voice-note verification for dating profiles", "Offline maps for drivers",
               "Split-fare rides", "Instant book for verified hosts",
               "Parcel tracking links for recipients", "Dark mode for the vendor app",
               "Creator analytics dashboard"});
    c.grantProposals =
        words({"Grant: open map data for %1", "Grant: community moderator training",
               "Grant: accessibility audit of the apps", "Grant: vendor onboarding programme in %1",
               "Grant: safety workshops for drivers in %1",
               "Grant: open-source deepfake detection research"});
    c.budgetProposals = words({"Marketing budget for %1", "Fraud-detection tooling budget",
                               "Customer support expansion", "Server capacity for peak season",
                               "Translation budget for new markets"});
    c.partnershipProposals = words({"Partnership with a cycling cooperative in %1",
                                    "Partnership with an airport shuttle service in %1",
                                    "Partnership with a food bank network",
                                    "Partnership with a local payments provider in %1"});
    c.parameterProposals = words(
        {"Raise the driver share from 75 % to 78 %", "Lower the DAO quorum to 3 % of staked tokens",
         "Extend the execution timelock to 72 hours", "Set the ads commission at 28 %",
         "Shorten the payout cycle to 14 days"});
    c.voteReasons = words({"Good for the community.", "Too expensive for what it delivers.",
                           "Supports creators directly.", "Needs a clearer budget.",
                           "We tried this before and it worked.", "Not a priority this quarter."});
    c.appealMessages = words({"The photo is really me, I can send more pictures to prove it.",
                              "I was joking with a friend, the message was taken out of context.",
                              "My listing was accurate, the buyer changed their mind.",
                              "I uploaded a new, valid document, please look again.",
                              "Someone else used my account while I was travelling.",
                              "I did not write that bio with AI, I wrote it myself.",
                              "The suspension is hurting my income as a driver, please review."});
    c.proposalCancelReasons = words(
        {"Withdrawn by the proposer after community feedback", "Duplicate of an earlier proposal",
         "Recipient could not complete verification", "Superseded by a revised proposal"});
    return c;
}

} // namespace

const DemoCatalog &DemoCatalog::instance()
{
    static const DemoCatalog catalog = build();
    return catalog;
}

} // namespace Steward::Demo
