package ninjs

import "encoding/json"

// A Document is one ninjs news object of any version, 1.0 to 3.1.
//
// Its fields are the union of the properties of every version; the struct
// tag of each field names the member in 1.x, 2.x and 3.x ("-" where that
// major version has no such member). Optional strings are absent when
// empty, optional numbers when nil, lists when nil (an empty non-nil list
// is written as []). Members the struct does not model, extension
// members (such as the 1.x "body_text" and "description_html" pattern
// properties) and members whose value does not fit the field are kept in
// Extra, in document order, and written back.
//
// The zero Document is empty, with the zero Version.
type Document struct {
	// Version is the ninjs version the document was read as, or is meant
	// for. It is not a member of the document; see [ReadOptions] for how it
	// is decided and [WriteOptions] for how it is used.
	Version Version `ninjs:"-"`

	URI                string `ninjs:"uri uri uri"`
	Type               string `ninjs:"type type type"`
	MIMEType           string `ninjs:"mimetype - -"`
	RepresentationType string `ninjs:"representationtype representationtype representationType"`
	Profile            string `ninjs:"profile profile profile"`
	// ItemVersion is the member "version": the version of the news object,
	// not of ninjs.
	ItemVersion       string           `ninjs:"version version version"`
	FirstCreated      DateTime         `ninjs:"firstcreated firstcreated firstCreated"`
	VersionCreated    DateTime         `ninjs:"versioncreated versioncreated versionCreated"`
	ContentCreated    DateTime         `ninjs:"contentcreated contentcreated contentCreated"`
	Embargoed         DateTime         `ninjs:"embargoed embargoed embargoedUntil"`
	PubStatus         string           `ninjs:"pubstatus pubstatus pubStatus"`
	Urgency           *float64         `ninjs:"urgency urgency urgency"`
	CopyrightHolder   string           `ninjs:"copyrightholder copyrightholder copyrightHolder"`
	CopyrightNotice   string           `ninjs:"copyrightnotice copyrightnotice copyrightNotice"`
	UsageTerms        string           `ninjs:"usageterms usageterms usageTerms"`
	EdNote            string           `ninjs:"ednote ednote edNote"`
	Language          string           `ninjs:"language language language"`
	Headline          string           `ninjs:"headline - -"`
	Byline            string           `ninjs:"byline - -"`
	Descriptions      []Text           `ninjs:"- descriptions descriptions"`
	Bodies            []Text           `ninjs:"- bodies bodies"`
	Headlines         []Text           `ninjs:"- headlines headlines"`
	People            []Entity         `ninjs:"person people people"`
	Organisations     []Entity         `ninjs:"organisation organisations organisations"`
	Places            []Entity         `ninjs:"place places places"`
	Subjects          []Entity         `ninjs:"subject subjects subjects"`
	Events            []Entity         `ninjs:"event events events"`
	EventDetails      *EventDetails    `ninjs:"- - eventDetails"`
	PlannedCoverage   []Coverage       `ninjs:"- - plannedCoverage"`
	Objects           []Entity         `ninjs:"object objects objects"`
	InfoSources       []Entity         `ninjs:"infosource infosources infoSources"`
	Title             string           `ninjs:"title title title"`
	By                string           `ninjs:"- by by"`
	Slugline          string           `ninjs:"slugline slugline slugline"`
	Located           string           `ninjs:"located located located"`
	CharCount         *float64         `ninjs:"charcount - -"`
	WordCount         *float64         `ninjs:"wordcount - -"`
	Renditions        []Rendition      `ninjs:"renditions/keyed renditions renditions"`
	Associations      []Association    `ninjs:"associations/keyed associations associations"`
	AltIDs            []AltID          `ninjs:"altids/pairs altids altIds"`
	TrustIndicators   []TrustIndicator `ninjs:"trustindicator trustindicators trustIndicators"`
	Standard          *Standard        `ninjs:"$standard standard standard"`
	Genres            []Entity         `ninjs:"genre genres genres"`
	Expires           DateTime         `ninjs:"expires expires expires"`
	RightsInfo        *RightsInfo      `ninjs:"rightsinfo rightsinfo rightsInfo"`
	DigitalSourceType *Entity          `ninjs:"digitalsourcetype digitalsourcetype digitalSourceType"`

	// Extra holds the members not modelled above, in document order.
	Extra Fields `ninjs:"extra"`
}

// An Entity is a person, organisation, place, subject, event, object,
// information source, genre, digital source type or organiser. Which
// members each of those may carry depends on the version (only places have
// GeoJSON, only organisations symbols, only 1.x code and scheme, and so
// on); [Validate] reports a member the version does not allow there.
type Entity struct {
	ID          string        `ninjs:"- - id"`
	Name        string        `ninjs:"name name name"`
	Rel         string        `ninjs:"rel rel rel"`
	Role        string        `ninjs:"- role role"`
	URI         string        `ninjs:"uri uri uri"`
	Literal     string        `ninjs:"literal literal literal"`
	Scheme      string        `ninjs:"scheme - -"`
	Code        string        `ninjs:"code - -"`
	Creator     string        `ninjs:"creator creator creator"`
	Relevance   *int          `ninjs:"relevance relevance relevance"`
	Confidence  *int          `ninjs:"confidence confidence confidence"`
	Symbols     []Symbol      `ninjs:"symbols symbols symbols"`
	ContactInfo []ContactInfo `ninjs:"contactinfo contactinfo contactInfo"`
	// GeoJSON is a GeoJSON object (RFC 7946) in compact JSON.
	GeoJSON json.RawMessage `ninjs:"- geojson geoJSON"`
	Extra   Fields          `ninjs:"extra"`
}

// A Symbol is an organisation's financial instrument symbol.
type Symbol struct {
	Ticker     string `ninjs:"ticker ticker -"`
	Exchange   string `ninjs:"exchange exchange exchange"`
	SymbolType string `ninjs:"symboltype symboltype symbolType"`
	Symbol     string `ninjs:"symbol symbol symbol"`
	Extra      Fields `ninjs:"extra"`
}

// ContactInfo is a way to contact a person, organisation, place or source.
type ContactInfo struct {
	Type    string   `ninjs:"type type type"`
	Role    string   `ninjs:"role role role"`
	Lang    string   `ninjs:"lang lang lang"`
	Name    string   `ninjs:"name name name"`
	Value   string   `ninjs:"value value value"`
	Address *Address `ninjs:"address address address"`
	Extra   Fields   `ninjs:"extra"`
}

// An Address is a postal address.
type Address struct {
	Lines      []string `ninjs:"lines lines lines"`
	Locality   string   `ninjs:"locality locality locality"`
	Area       string   `ninjs:"area area area"`
	PostalCode string   `ninjs:"postalcode postalcode postalCode"`
	Country    string   `ninjs:"country country country"`
	Extra      Fields   `ninjs:"extra"`
}

// A Text is one description, body or headline (2.x and 3.x).
type Text struct {
	Role        string   `ninjs:"- role role"`
	ContentType string   `ninjs:"- contenttype contentType"`
	CharCount   *float64 `ninjs:"- charcount charCount"`
	WordCount   *float64 `ninjs:"- wordcount wordCount"`
	Value       string   `ninjs:"- value value"`
	Extra       Fields   `ninjs:"extra"`
}

// A Rendition is one rendition of the content. In 1.x, where renditions
// are an object keyed by name, Name is the key.
type Rendition struct {
	Name              string   `ninjs:"- name name"`
	Href              string   `ninjs:"href href href"`
	MIMEType          string   `ninjs:"mimetype - -"`
	ContentType       string   `ninjs:"- contenttype contentType"`
	Title             string   `ninjs:"title title title"`
	Width             *float64 `ninjs:"width width width"`
	Height            *float64 `ninjs:"height height height"`
	SizeInBytes       *float64 `ninjs:"sizeinbytes sizeinbytes sizeInBytes"`
	Duration          *float64 `ninjs:"duration duration duration"`
	Format            string   `ninjs:"format format format"`
	AspectRatio       string   `ninjs:"- - aspectRatio"`
	VideoCodec        string   `ninjs:"- - videoCodec"`
	FrameRate         *float64 `ninjs:"- - frameRate"`
	POI               *POI     `ninjs:"- - poi"`
	TransportProtocol string   `ninjs:"- - transportProtocol"`
	ScanType          string   `ninjs:"- - scanType"`
	Bitrate           string   `ninjs:"- - bitrate"`
	Extra             Fields   `ninjs:"extra"`
}

// A POI is a rendition's point of interest (3.x).
type POI struct {
	X     *int   `ninjs:"- - x"`
	Y     *int   `ninjs:"- - y"`
	Extra Fields `ninjs:"extra"`
}

// An Association is a news object associated with this one: a complete
// Document plus the name (and, in 3.x, the relation) of the association.
// In 1.x, where associations are an object keyed by name, Name is the key.
// The Version of the embedded Document is not used (it stays zero when
// read): an association has the version of the document that holds it.
type Association struct {
	Name string `ninjs:"- name name"`
	Rel  string `ninjs:"- - rel"`
	Document
}

// An AltID is an alternative identifier. In 1.x, where altids is an object
// of role to value, Role is the key.
type AltID struct {
	Role  string `ninjs:"- role role"`
	Value string `ninjs:"- value value"`
	Extra Fields `ninjs:"extra"`
}

// A TrustIndicator links to a statement about the trustworthiness of the
// content (1.x identifies it with scheme and code, 2.x and 3.x with role).
type TrustIndicator struct {
	Role   string `ninjs:"- role role"`
	Scheme string `ninjs:"scheme - -"`
	Code   string `ninjs:"code - -"`
	Title  string `ninjs:"title title title"`
	Href   string `ninjs:"href href href"`
	Extra  Fields `ninjs:"extra"`
}

// Standard is the document's own declaration of its standard: name
// ("ninjs"), version and schema URI ("$standard" in 1.x).
type Standard struct {
	Name    string `ninjs:"name name name"`
	Version string `ninjs:"version version version"`
	Schema  string `ninjs:"schema schema schema"`
	Extra   Fields `ninjs:"extra"`
}

// RightsInfo expresses the rights of the content, linked or encoded
// (exactly one of the two, says the schema).
type RightsInfo struct {
	LangID        string `ninjs:"langid langid langId"`
	LinkedRights  string `ninjs:"linkedrights linkedrights linkedRights"`
	EncodedRights string `ninjs:"encodedrights encodedrights encodedRights"`
	Extra         Fields `ninjs:"extra"`
}

// EventDetails describe an event (3.x, type "event").
type EventDetails struct {
	EventStatus           string  `ninjs:"- - eventStatus"`
	PlannedCoverageStatus string  `ninjs:"- - plannedCoverageStatus"`
	Dates                 *Dates  `ninjs:"- - dates"`
	Organiser             *Entity `ninjs:"- - organiser"`
	Extra                 Fields  `ninjs:"extra"`
}

// Dates are the dates of an event or of planned coverage (3.x). The
// expected dates and recurrence dates may be truncated date-times: "2024",
// "2024-07", "2024-07-11".
type Dates struct {
	StartDate         DateTime    `ninjs:"- - startDate"`
	EndDate           DateTime    `ninjs:"- - endDate"`
	ExpectedStartDate DateTime    `ninjs:"- - expectedStartDate"`
	ExpectedEndDate   DateTime    `ninjs:"- - expectedEndDate"`
	ExpectedDuration  string      `ninjs:"- - expectedDuration"`
	Recurrence        *Recurrence `ninjs:"- - recurrence"`
	Extra             Fields      `ninjs:"extra"`
}

// Recurrence says when an event recurs (3.x).
type Recurrence struct {
	RecurrenceDates []DateTime       `ninjs:"- - recurrenceDates"`
	RecurrenceRules []RecurrenceRule `ninjs:"- - recurrenceRules"`
	Extra           Fields           `ninjs:"extra"`
}

// A RecurrenceRule is one rule of a [Recurrence].
type RecurrenceRule struct {
	Frequency string   `ninjs:"- - frequency"`
	Interval  *int     `ninjs:"- - interval"`
	Until     DateTime `ninjs:"- - until"`
	Count     *int     `ninjs:"- - count"`
	Extra     Fields   `ninjs:"extra"`
}

// Coverage is one planned coverage item of an event or planning item (3.x).
type Coverage struct {
	URI          string        `ninjs:"- - uri"`
	Title        string        `ninjs:"- - title"`
	PubStatus    string        `ninjs:"- - pubStatus"`
	Type         string        `ninjs:"- - type"`
	Commissioned *Commissioned `ninjs:"- - commissioned"`
	Dates        *Dates        `ninjs:"- - dates"`
	Audiences    []Audience    `ninjs:"- - audiences"`
	ExclAudience []string      `ninjs:"- - exclAudience"`
	EdNote       string        `ninjs:"- - edNote"`
	Urgency      *int          `ninjs:"- - urgency"`
	Language     string        `ninjs:"- - language"`
	ItemCount    *ItemCount    `ninjs:"- - itemCount"`
	WordCount    *int          `ninjs:"- - wordCount"`
	Renditions   []Rendition   `ninjs:"- - renditions"`
	Extra        Fields        `ninjs:"extra"`
}

// Commissioned says who commissioned planned coverage, when, with what
// references (3.x).
type Commissioned struct {
	By         string      `ninjs:"- - by"`
	On         DateTime    `ninjs:"- - on"`
	References []Reference `ninjs:"- - references"`
	Extra      Fields      `ninjs:"extra"`
}

// A Reference is a named reference of a commission (3.x).
type Reference struct {
	Name  string `ninjs:"- - name"`
	Value string `ninjs:"- - value"`
	Extra Fields `ninjs:"extra"`
}

// An Audience is an intended audience of planned coverage (3.x).
type Audience struct {
	Audience     string `ninjs:"- - audience"`
	Significance *int   `ninjs:"- - significance"`
	Extra        Fields `ninjs:"extra"`
}

// ItemCount is the expected number of items of planned coverage (3.x).
type ItemCount struct {
	RangeFrom *int   `ninjs:"- - rangeFrom"`
	RangeTo   *int   `ninjs:"- - rangeTo"`
	Extra     Fields `ninjs:"extra"`
}

// A Field is one member kept as JSON: a name and its value in compact form.
type Field struct {
	Name  string
	Value json.RawMessage
}

// Fields are members kept in order. See [Document] for which members land
// here.
type Fields []Field

// Get returns the value of the member named name.
func (fs Fields) Get(name string) (json.RawMessage, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f.Value, true
		}
	}
	return nil, false
}
