-- dialect: sqlite
-- Gym / fitness club membership app (camelCase, no comments)

CREATE TABLE clubs (
    clubId INTEGER PRIMARY KEY AUTOINCREMENT,
    clubName TEXT NOT NULL,
    address TEXT,
    phone TEXT,
    managerName TEXT,
    wifiSsid TEXT,
    openingHours TEXT
);

CREATE TABLE members (
    memberId INTEGER PRIMARY KEY AUTOINCREMENT,
    cardNumber TEXT UNIQUE,
    firstName TEXT NOT NULL,
    lastName TEXT NOT NULL,
    birthDate TEXT,
    gender TEXT,
    email TEXT UNIQUE,
    mobile TEXT,
    homeAddress TEXT,
    postcode TEXT,
    emergencyContactName TEXT,
    emergencyContactPhone TEXT,
    emergencyContactRelation TEXT,
    photoUrl TEXT,
    parqAnswers TEXT,
    joinedOn TEXT,
    tierCode TEXT DEFAULT 'STD',
    homeClubId INTEGER REFERENCES clubs(clubId),
    marketingConsent INTEGER NOT NULL DEFAULT 0,
    createdAt TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE membershipPlans (
    planId INTEGER PRIMARY KEY,
    planName TEXT NOT NULL,
    monthlyFee REAL NOT NULL,
    contractMonths INTEGER,
    includesClasses INTEGER DEFAULT 0,
    isActive INTEGER DEFAULT 1
);

CREATE TABLE contracts (
    contractId INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL REFERENCES members(memberId),
    planId INTEGER NOT NULL REFERENCES membershipPlans(planId),
    startDate TEXT NOT NULL,
    endDate TEXT,
    ibanMasked TEXT,
    mandateReference TEXT,
    monthlyAmount REAL,
    cancelReason TEXT,
    status TEXT
);

CREATE TABLE checkins (
    checkinId INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL,
    clubId INTEGER NOT NULL,
    checkedInAt TEXT NOT NULL,
    turnstileId TEXT,
    method TEXT,
    faceMatchScore REAL
);

CREATE TABLE faceTemplates (
    templateId INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL UNIQUE,
    embedding BLOB NOT NULL,
    modelVersion TEXT,
    enrolledAt TEXT
);

CREATE TABLE bodyScans (
    scanId INTEGER PRIMARY KEY,
    memberId INTEGER NOT NULL,
    scannedAt TEXT NOT NULL,
    weightKg REAL,
    bodyFatPct REAL,
    muscleMassKg REAL,
    bmi REAL,
    restingHeartRate INTEGER,
    trainerNotes TEXT
);

CREATE TABLE trainers (
    trainerId INTEGER PRIMARY KEY,
    displayName TEXT,
    fullName TEXT NOT NULL,
    certification TEXT,
    hourlyRate REAL,
    bio TEXT,
    rating REAL
);

CREATE TABLE classes (
    classId INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    trainerId INTEGER REFERENCES trainers(trainerId),
    startsAt TEXT NOT NULL,
    capacity INTEGER,
    roomName TEXT
);

CREATE TABLE bookings (
    bookingId INTEGER PRIMARY KEY,
    classId INTEGER NOT NULL,
    memberId INTEGER NOT NULL,
    bookedAt TEXT NOT NULL,
    attended INTEGER,
    lateCancel INTEGER DEFAULT 0
);
