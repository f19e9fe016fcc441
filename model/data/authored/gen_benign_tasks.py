#!/usr/bin/env python3
"""Generator for Palisade benign training data (authored:benign_tasks).

Everything in this file was written by hand for this dataset: short prompts,
pasted paragraphs, code snippets, logs, tool outputs, system prompts and the
small slot lists used to combine them. The script combines the pieces with a
seeded RNG, rejects near-duplicates (word-set Jaccard >= SIM_MAX within the
same category, across all languages) and writes benign_tasks.jsonl next to
this file.

Deterministic: standard library only, fixed seed, no dependence on hash order.
Usage: python3 gen_benign_tasks.py
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20240611
SIM_MAX = 0.65          # reject a candidate whose word-set Jaccard with an accepted row is >= this
SHARE_MAX = 0.70        # ... or if the shared words are >= 70% of the larger row's words
MAX_CHARS = 2100
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign_tasks.jsonl")

CATEGORIES = [
    "chitchat", "coding", "writing", "summarization", "translation", "editing",
    "customer_support", "education", "health", "legal", "travel", "cooking",
    "business", "roleplay", "system_prompt", "rag_context", "tool_output", "general",
]


def L(s):
    """One item per non-empty line; a line '-' means the empty string."""
    out = []
    for line in s.strip("\n").split("\n"):
        t = line.strip()
        if not t:
            continue
        out.append("" if t == "-" else t.replace("\\n", "\n"))
    return out


def LC(s, default="general"):
    """Lines 'category|text' (category optional) -> [(category, text)]."""
    out = []
    for t in L(s):
        cat = default
        if "|" in t:
            head, rest = t.split("|", 1)
            if head.strip() in CATEGORIES:
                cat, t = head.strip(), rest.strip()
        out.append((cat, t))
    return out


def B(s):
    """Blocks separated by blank lines."""
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", s.strip("\n")) if b.strip()]


def BX(s):
    """Blocks separated by a line '====='; keeps blank lines inside blocks."""
    return [b.strip("\n") for b in re.split(r"\n=====\n", s.strip("\n")) if b.strip()]


# ---------------------------------------------------------------------------
# Shared material: code snippets, stack traces, logs, configs (language-neutral)
# Header line: "@<kind> <language>", kind in {code, err}
# ---------------------------------------------------------------------------
CODE = BX(r"""
@err python
import pandas as pd

df = pd.read_csv("sales_2023.csv")
monthly = df.groupby("month")["revenue"].sum()
print(monthly)

Traceback (most recent call last):
  File "/home/maria/reports/monthly.py", line 4, in <module>
    monthly = df.groupby("month")["revenue"].sum()
  File ".../site-packages/pandas/core/frame.py", line 8252, in groupby
    return DataFrameGroupBy(
  ...
KeyError: 'month'
=====
@err javascript
function UserList({ users }) {
  return (
    <ul>
      {users.map(u => <li key={u.id}>{u.name}</li>)}
    </ul>
  );
}

Uncaught TypeError: Cannot read properties of undefined (reading 'map')
    at UserList (UserList.jsx:4:14)
    at renderWithHooks (react-dom.development.js:16305:18)
    at mountIndeterminateComponent (react-dom.development.js:20074:13)
=====
@code javascript
const [filters, setFilters] = useState({ status: "open" });
const [items, setItems] = useState([]);

useEffect(() => {
  fetch(`/api/tickets?status=${filters.status}`)
    .then(r => r.json())
    .then(data => {
      setItems(data);
      setFilters({ ...filters });
    });
}, [filters]);
=====
@err go
type Cache struct {
    items map[string]int
}

func (c *Cache) Set(k string, v int) {
    c.items[k] = v
}

func main() {
    c := &Cache{}
    c.Set("a", 1)
}

panic: assignment to entry in nil map

goroutine 1 [running]:
main.(*Cache).Set(...)
        /app/main.go:8
main.main()
        /app/main.go:13 +0x3c
exit status 2
=====
@err rust
fn main() {
    let mut names = vec![String::from("ana"), String::from("bo")];
    let first = &names[0];
    names.push(String::from("cy"));
    println!("{}", first);
}

error[E0502]: cannot borrow `names` as mutable because it is also borrowed as immutable
 --> src/main.rs:4:5
  |
3 |     let first = &names[0];
  |                  ----- immutable borrow occurs here
4 |     names.push(String::from("cy"));
  |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
5 |     println!("{}", first);
  |                    ----- immutable borrow later used here
=====
@err java
Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.trim()" because "line" is null
	at com.example.importer.CsvImporter.importFile(CsvImporter.java:27)
	at com.example.Main.main(Main.java:11)

// CsvImporter.java
while ((line = reader.readLine()) != null || !done) {
    String cleaned = line.trim();
    rows.add(parseLine(cleaned));
}
=====
@err shell
$ docker compose up
[+] Running 1/2
 ✔ Network shop_default  Created
 ⠿ Container shop-db-1   Starting
Error response from daemon: driver failed programming external connectivity on endpoint shop-db-1: Bind for 0.0.0.0:5432 failed: port is already allocated
=====
@err shell
$ kubectl get pods -n payments
NAME                          READY   STATUS             RESTARTS      AGE
invoice-api-7c9d8b6f5-x2kqp   0/1     CrashLoopBackOff   6 (41s ago)   8m
$ kubectl logs invoice-api-7c9d8b6f5-x2kqp -n payments
2024-03-11T09:14:02Z INFO  starting invoice-api v2.3.1
2024-03-11T09:14:02Z INFO  loading config from /etc/invoice/config.yaml
2024-03-11T09:14:03Z ERROR failed to connect to postgres: dial tcp 10.0.4.17:5432: connect: connection refused
2024-03-11T09:14:03Z FATAL shutting down
=====
@err shell
npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR!
npm ERR! While resolving: dashboard@0.4.0
npm ERR! Found: react@18.2.0
npm ERR! node_modules/react
npm ERR!   react@"^18.2.0" from the root project
npm ERR!
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-beautiful-dnd@13.1.1
npm ERR! node_modules/react-beautiful-dnd
npm ERR!   react-beautiful-dnd@"^13.1.1" from the root project
=====
@err python
import asyncio
import aiohttp

async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()

async def main():
    async with aiohttp.ClientSession() as s:
        pages = [fetch(s, u) for u in URLS]
        print(len(pages[0]))

asyncio.run(main())

TypeError: object of type 'coroutine' has no len()
sys:1: RuntimeWarning: coroutine 'fetch' was never awaited
=====
@code sql
SELECT c.id, c.name, COUNT(o.id) AS orders, SUM(o.total) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE DATE(o.created_at) >= '2024-01-01'
GROUP BY c.id, c.name
ORDER BY revenue DESC
LIMIT 50;

-- orders has ~12M rows, this takes 40+ seconds on Postgres 15
=====
@err typescript
interface Product { id: number; name: string; price?: number }

function totalPrice(items: Product[]): number {
  return items.reduce((sum, p) => sum + p.price, 0);
}

src/cart.ts:4:41 - error TS18048: 'p.price' is possibly 'undefined'.

4   return items.reduce((sum, p) => sum + p.price, 0);
                                          ~~~~~~~
=====
@err c
#include <stdio.h>
#include <string.h>

int main(void) {
    char *name;
    strcpy(name, "world");
    printf("hello %s\n", name);
    return 0;
}

$ gcc -Wall main.c -o main && ./main
Segmentation fault (core dumped)
=====
@code shell
#!/bin/bash
for f in $(ls ~/Photos/2023/*.jpg); do
  name=$(basename $f .jpg)
  convert $f -resize 1600x1600 ~/Photos/web/$name.jpg
done
=====
@code css
.hero {
  height: 100vh;
  display: flex;
}
.hero .card {
  margin: auto;
  width: 420px;
  text-align: center;
}
/* card is centered horizontally, but on iOS Safari it sticks to the top */
=====
@err python
$ python manage.py migrate
Operations to perform:
  Apply all migrations: admin, auth, contenttypes, inventory, sessions
Running migrations:
  Applying inventory.0007_item_sku...Traceback (most recent call last):
  ...
django.db.utils.IntegrityError: could not create unique index "inventory_item_sku_key"
DETAIL:  Key (sku)=() is duplicated.
=====
@err javascript
Access to fetch at 'http://localhost:5000/api/notes' from origin 'http://localhost:5173' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.

# backend (Flask)
@app.route("/api/notes", methods=["POST"])
def create_note():
    data = request.get_json()
    note = Note(title=data["title"], body=data["body"])
    db.session.add(note)
    db.session.commit()
    return jsonify(note.to_dict()), 201
=====
@err python
for batch in loader:
    outputs = model(batch["input_ids"].cuda(), labels=batch["labels"].cuda())
    loss = outputs.loss
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    losses.append(loss)

torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 23.65 GiB total capacity; 19.87 GiB already allocated; 1.41 GiB free; 21.02 GiB reserved in total by PyTorch)
=====
@code python
def find_user(conn, email):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM users WHERE email = '" + email + "'")
    return cur.fetchone()
=====
@err swift
let url = URL(string: profile.avatarPath)!
let data = try! Data(contentsOf: url)
imageView.image = UIImage(data: data)

Fatal error: Unexpectedly found nil while unwrapping an Optional value
=====
@err yaml
name: tests
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: 3.10
      - run: pip install -r requirements.txt
      - run: pytest -q

Error: The version '3.1' with architecture 'x64' was not found for Ubuntu 22.04.
=====
@err make
build:
    go build -o bin/app ./cmd/app

test:
    go test ./...

$ make build
Makefile:2: *** missing separator.  Stop.
=====
@err python
    def test_slugify():
>       assert slugify("Hello, World!") == "hello-world"
E       AssertionError: assert 'hello,-world!' == 'hello-world'
E         - hello-world
E         + hello,-world!

tests/test_text.py:12: AssertionError

# text.py
def slugify(s):
    return s.lower().replace(" ", "-")
=====
@code excel
=VLOOKUP(A2, Prices!A:B, 2)

-> returns the wrong price for some SKUs, e.g. SKU-1043 gets the price of SKU-1040
=====
@err log
2024/05/02 21:44:10 [error] 1893#1893: *5521 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.24, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://127.0.0.1:8080/api/cart", host: "shop.example.com"
2024/05/02 21:44:11 [error] 1893#1893: *5523 connect() failed (111: Connection refused) while connecting to upstream, client: 198.51.100.7, server: shop.example.com, request: "POST /api/checkout HTTP/1.1", upstream: "http://127.0.0.1:8080/api/checkout", host: "shop.example.com"
=====
@err hcl
│ Error: creating S3 Bucket (company-logs): BucketAlreadyExists: The requested bucket name is not available. The bucket namespace is shared by all users of the system.
│
│   with aws_s3_bucket.logs,
│   on main.tf line 12, in resource "aws_s3_bucket" "logs":
│   12: resource "aws_s3_bucket" "logs" {
=====
@code kotlin
class ProfileViewModel(private val repo: UserRepository) : ViewModel() {
    val user = MutableLiveData<User>()

    fun load(id: String) {
        GlobalScope.launch {
            user.value = repo.fetchUser(id)
        }
    }
}
=====
@code csharp
var result = orders
    .Where(o => o.Status == "shipped")
    .ToList()
    .Where(o => o.Customer.Country == "DE")
    .OrderBy(o => o.CreatedAt)
    .Select(o => new { o.Id, o.Total })
    .ToList();
=====
@code python
def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags

print(add_tag("red"))
print(add_tag("blue"))   # prints ['red', 'blue'] ??
=====
@err shell
$ git pull origin main
Auto-merging src/config.js
CONFLICT (content): Merge conflict in src/config.js
Automatic merge failed; fix conflicts and then commit the result.

<<<<<<< HEAD
export const API_URL = "https://staging.api.example.com";
=======
export const API_URL = process.env.API_URL || "https://api.example.com";
>>>>>>> origin/main
=====
@err php
SQLSTATE[42S22]: Column not found: 1054 Unknown column 'users.team_id' in 'where clause' (SQL: select * from `users` where `users`.`team_id` = 7 and `users`.`team_id` is not null)

// app/Models/Team.php
public function members()
{
    return $this->hasMany(User::class);
}
=====
@err python
import numpy as np
a = np.random.rand(100, 3)
w = np.array([0.2, 0.5, 0.3, 0.0])
scores = a * w

ValueError: operands could not be broadcast together with shapes (100,3) (4,)
=====
@err shell
ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts.
tensorflow 2.15.0 requires numpy<2.0.0,>=1.23.5, but you have numpy 2.0.1 which is incompatible.
=====
@code javascript
const re = /^\d{4}-\d{2}-\d{2}$/;
console.log(re.test("2024-02-30")); // true, but Feb 30 isn't a real date
console.log(re.test("2024-2-3"));   // false, but users type it like this
=====
@err sql
SELECT employee_id, department, salary,
       RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS rnk
FROM employees
WHERE rnk <= 3;

ERROR:  column "rnk" does not exist
LINE 4: WHERE rnk <= 3;
              ^
=====
@err python
>>> requests.get("https://internal.corp.local/api/v1/health")
requests.exceptions.SSLError: HTTPSConnectionPool(host='internal.corp.local', port=443): Max retries exceeded with url: /api/v1/health (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))
=====
@code python
import csv

def load_prices(path):
    prices = {}
    with open(path) as f:
        for row in csv.reader(f):
            prices[row[0]] = float(row[1])
    return prices

# ValueError: could not convert string to float: 'price'
=====
@code go
func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
    for j := range jobs {
        results <- j * 2
    }
}

func main() {
    jobs := make(chan int, 100)
    results := make(chan int, 100)
    var wg sync.WaitGroup
    for w := 0; w < 3; w++ {
        wg.Add(1)
        go worker(jobs, results, &wg)
    }
    for i := 0; i < 9; i++ { jobs <- i }
    close(jobs)
    wg.Wait()   // hangs forever
}
""")

# ---------------------------------------------------------------------------
# Shared tool / API outputs (language-neutral), used for tool_output rows
# ---------------------------------------------------------------------------
TOOLS = BX(r"""
{"location": "Munich, DE", "units": "metric", "current": {"temp": 14.2, "feels_like": 12.8, "condition": "light rain", "wind_kph": 18}, "forecast": [{"date": "2024-04-18", "min": 6, "max": 15, "condition": "showers"}, {"date": "2024-04-19", "min": 4, "max": 12, "condition": "cloudy"}, {"date": "2024-04-20", "min": 5, "max": 17, "condition": "sunny"}]}
=====
{"order_id": "A-77192", "status": "in_transit", "carrier": "DHL", "tracking": "JD014600003812345678", "events": [{"ts": "2024-06-03T08:12:00Z", "desc": "Shipment picked up"}, {"ts": "2024-06-04T02:40:00Z", "desc": "Arrived at sorting center Leipzig"}, {"ts": "2024-06-04T19:05:00Z", "desc": "Delayed due to high volume"}], "eta": "2024-06-06"}
=====
search_flights(origin="MAD", destination="AMS", date="2024-09-12") ->
[
  {"flight": "KL1702", "dep": "06:25", "arr": "08:55", "stops": 0, "price_eur": 189},
  {"flight": "IB3242", "dep": "11:10", "arr": "13:45", "stops": 0, "price_eur": 142},
  {"flight": "VY8311", "dep": "15:30", "arr": "20:05", "stops": 1, "via": "BCN", "price_eur": 96}
]
=====
{"calendar": "work", "date": "2024-03-14", "events": [{"start": "09:00", "end": "09:30", "title": "Standup"}, {"start": "10:00", "end": "11:30", "title": "Q2 planning with finance"}, {"start": "13:00", "end": "13:45", "title": "1:1 Priya"}, {"start": "16:00", "end": "17:00", "title": "Interview - backend candidate"}], "free_slots": ["11:30-13:00", "13:45-16:00"]}
=====
web_search("best time to visit Patagonia") returned 3 results:
1. "When to Go to Patagonia" - travelguide.example.com - "The best months are November to March, when days are long and temperatures are mild..."
2. "Patagonia Weather by Month" - climate-data.example.org - "January averages 12°C in El Calafate, with strong winds in the afternoon..."
3. "Shoulder season in Torres del Paine" - hikingblog.example.net - "October and April are quieter, but some refugios are closed..."
=====
query: SELECT region, COUNT(*) AS tickets, ROUND(AVG(resolution_hours),1) AS avg_h FROM support_tickets WHERE created_at >= '2024-01-01' GROUP BY region;

 region  | tickets | avg_h
---------+---------+-------
 EMEA    |    1842 |  14.3
 APAC    |     967 |  22.8
 NA      |    2410 |   9.6
 LATAM   |     388 |  31.2
(4 rows)
=====
Run pytest -q --maxfail=5
........................F.....................s.......F.......
FAILED tests/test_invoice.py::test_vat_rounding - AssertionError: assert Decimal('19.01') == Decimal('19.00')
FAILED tests/test_export.py::test_csv_header - KeyError: 'customer_email'
2 failed, 58 passed, 1 skipped in 14.62s
Error: Process completed with exit code 1.
=====
$ df -h
Filesystem      Size  Used Avail Use% Mounted on
/dev/nvme0n1p2  468G  451G   17G  97% /
tmpfs           7.8G  2.1M  7.8G   1% /dev/shm
/dev/nvme0n1p1  511M  6.1M  505M   2% /boot/efi
/dev/sda1       1.8T  612G  1.2T  35% /mnt/backup
=====
{"ticket_id": 58213, "customer": "Jonas Weber", "plan": "Business", "subject": "Export to CSV missing columns", "priority": "normal", "created": "2024-05-21T14:03:11Z", "messages": 3, "last_agent_reply": null, "sentiment": "frustrated", "sla_breach_in_hours": 2}
=====
timestamp,sensor,temp_c,humidity
2024-07-01T06:00,greenhouse-a,18.4,71
2024-07-01T09:00,greenhouse-a,24.9,63
2024-07-01T12:00,greenhouse-a,33.7,48
2024-07-01T15:00,greenhouse-a,36.2,41
2024-07-01T18:00,greenhouse-a,29.5,55
=====
$ git log --oneline -8
a41f9c2 (HEAD -> main) Fix off-by-one in pagination
9be03d1 Add Spanish translations for checkout
77c1e0a Bump axios from 1.6.2 to 1.6.8
e2d5b94 Merge pull request #212 from feature/dark-mode
c08a3f7 Dark mode: respect system setting
5f61d22 Remove unused analytics events
3aa9e10 Refactor cart reducer
1d0be47 Release v1.8.0
=====
$ npm audit
# npm audit report

semver  <5.7.2
Severity: moderate
semver vulnerable to Regular Expression Denial of Service - fix available via `npm audit fix`
node_modules/semver

postcss  <8.4.31
Severity: moderate
fix available via `npm audit fix --force`

2 moderate severity vulnerabilities
=====
crm.lookup_customer(email="l.moreau@example.fr") -> {"id": "C-20931", "name": "Lucie Moreau", "segment": "SMB", "open_invoices": [{"no": "INV-4411", "amount": 1250.00, "due": "2024-04-30", "status": "overdue"}], "account_manager": "Tom Berger", "last_contact": "2024-03-02"}
=====
{"hotel": "Casa do Rio", "city": "Porto", "checkin": "2024-10-04", "checkout": "2024-10-07", "rooms": [{"type": "Double, river view", "price_per_night": 128, "available": 2, "breakfast": true, "free_cancellation_until": "2024-10-01"}, {"type": "Twin, courtyard", "price_per_night": 96, "available": 5, "breakfast": false, "free_cancellation_until": null}]}
=====
GET /v1/rates?base=EUR&symbols=USD,GBP,JPY,TRY
{"base": "EUR", "date": "2024-08-02", "rates": {"USD": 1.0862, "GBP": 0.8491, "JPY": 161.92, "TRY": 36.02}}
=====
{"status": "degraded", "checked_at": "2024-02-19T03:00:05Z", "services": {"api": {"status": "ok", "latency_ms": 84}, "database": {"status": "ok", "latency_ms": 12}, "search": {"status": "error", "error": "timeout after 5000ms"}, "email_worker": {"status": "ok", "queue_depth": 1423}}}
=====
inventory.search(query="trail running shoes", size="42") ->
[{"sku": "TR-550-42", "name": "Ridge Runner 5", "stock": 3, "store": "Online"}, {"sku": "TR-610-42", "name": "Cloudpath GTX", "stock": 0, "restock_date": "2024-09-20"}, {"sku": "TR-480-42", "name": "Ridge Runner 4 (last season)", "stock": 11, "price_drop": "-30%"}]
=====
{"user": "me", "week": "2024-W19", "steps_avg": 6420, "steps_goal": 8000, "sleep_avg_h": 6.2, "resting_hr": 64, "workouts": [{"type": "cycling", "minutes": 45}, {"type": "yoga", "minutes": 30}], "streak_days": 4}
""")

# System-prompt wrappers: how developers paste system + user turns
def _json_msgs(sys_txt, user):
    msgs = [{"role": "system", "content": sys_txt}]
    if user:
        msgs.append({"role": "user", "content": user})
    return json.dumps({"messages": msgs}, ensure_ascii=False, indent=2)


WRAPPERS = [
    lambda s, u: f"System: {s}\n\nUser: {u}" if u else f"System: {s}",
    lambda s, u: f"<|system|>\n{s}\n<|user|>\n{u}" if u else f"<|system|>\n{s}",
    lambda s, u: f"### System\n{s}\n\n### User\n{u}" if u else f"### System\n{s}",
    lambda s, u: f"[SYSTEM]\n{s}\n[/SYSTEM]\n\n{u}" if u else f"[SYSTEM]\n{s}\n[/SYSTEM]",
    _json_msgs,
    lambda s, u: f"{s}\n\n---\n{u}" if u else s,
]

LANGS = {}

# ===========================================================================
# ENGLISH
# ===========================================================================
LANGS["en"] = dict(
chit=LC(r"""
hi, anyone there?
hey there, how are you today?
good morning! how's it going
thanks, that's exactly what I needed
lol ok that's a great answer
can you tell me a fun fact about octopuses?
what's your favourite book?
I'm bored, entertain me
tell me a joke about programmers
Write a short poem
write a haiku about Monday mornings
what day of the week was July 4, 1976?
is it pronounced gif or jif
ok thanks bye
never mind, I figured it out
you're pretty good at this
give me a random word
recommend a podcast for a long drive
What should I name my new goldfish?
how many ounces in a cup
convert 72 fahrenheit to celsius
what's the capital of Australia
is a tomato a fruit or a vegetable?
Explain quantum computing like I'm five
I can't sleep. Any tips?
flip a coin for me
Can you help me with something?
sorry, that came out wrong. let me rephrase
that's not what I meant, try again
Shorter please, like half the length.
make it funnier
now in bullet points
Can you make it sound less formal?
what time zone is Denver in
suggest a name for a book club
tell me something interesting about the moon
who painted Girl with a Pearl Earring?
how do you say "cheers" in Japanese?
Do you remember what we talked about earlier?
ok, good night!
what are some good board games for 4 players
I just got a puppy!! any advice for the first week?
rate my breakfast: oatmeal with banana and peanut butter
what's the difference between a crocodile and an alligator
give me 5 icebreaker questions for a team meeting
Summarize the plot of Hamlet in three sentences
pick a number between 1 and 50
why is the sky blue
what rhymes with orange
how long should I boil an egg for a runny yolk
""", "chitchat"),
qa=LC(r"""
coding|How do I reverse a string in Python without using slicing?
coding|What's the difference between let, const and var in JavaScript?
coding|How do I kill a process that's listening on port 3000 on macOS?
coding|git: how do I undo my last commit but keep the changes?
coding|Explain the difference between a LEFT JOIN and an INNER JOIN with a small example.
coding|Can you write a bash one-liner that finds all .log files older than 7 days and deletes them?
coding|What's a good way to structure a FastAPI project with multiple routers?
coding|Regex to match a UK postcode?
coding|Why would I use a Set instead of an Array in JS?
coding|how to execute a shell command from Node and capture stdout
coding|In Rust, when should I use Box<dyn Trait> vs generics?
coding|Write a Python function that checks if a string is a palindrome, ignoring punctuation and case.
coding|What does "exploit" mean in the explore/exploit tradeoff in reinforcement learning?
coding|How do I terminate all child threads cleanly when my Python program gets SIGINT?
coding|Our team keeps arguing about tabs vs spaces. Is there an actual reason to prefer one?
coding|Can you explain Big O notation with everyday examples?
coding|what's the idiomatic way to read a file line by line in Go
coding|Convert this to a list comprehension:\nresult = []\nfor x in nums:\n    if x % 2 == 0:\n        result.append(x * x)
coding|How do I make a div fill the remaining height of the page with flexbox?
coding|What's the difference between a process and a thread?
coding|My Postgres table has 50 million rows and COUNT(*) is slow. Is there a faster way to get an approximate count?
coding|What's the cleanest way to handle environment-specific config in a Next.js app?
writing|Write a short poem about autumn rain on a tin roof.
writing|Write a cover letter for a junior data analyst position. I have a degree in economics and did a six-month internship at a logistics company.
writing|Can you write a toast for my sister's wedding? She's a marine biologist and her husband is a chef. Keep it under 2 minutes and a little funny.
writing|Give me 10 title ideas for a blog post about minimalist travel packing.
writing|Write a product description for a handmade ceramic mug, 60-80 words, warm tone.
writing|I need a LinkedIn post announcing that I'm starting a new job as a UX researcher at a healthtech startup. Not cringe please.
writing|Write a bedtime story for a 4 year old about a hedgehog who is afraid of the dark.
writing|Help me write a polite email to my landlord asking when the broken heater will be fixed. It's been two weeks.
writing|Draft a short speech for my grandfather's 90th birthday. He was a carpenter and loves fishing.
writing|Write the opening paragraph of a mystery novel set in a lighthouse.
writing|Come up with a slogan for a neighbourhood bike repair shop.
writing|Write a limerick about a cat who hates Mondays.
writing|Can you write a thank-you note to my kid's teacher at the end of the school year?
writing|Write a resignation letter that's professional but warm. I've been at the company 4 years.
writing|I'm giving a 5-minute talk on why sleep matters for students. Can you outline it?
education|Can you explain how photosynthesis works? I'm in 8th grade.
education|What caused the fall of the Western Roman Empire? Give me the main theories.
education|Solve for x: 3x + 7 = 2x - 5, and show the steps.
education|What's the difference between mitosis and meiosis?
education|I don't understand derivatives. Can you explain what a derivative actually means, not just the rules?
education|Help me study for my chemistry test: quiz me on balancing equations, one at a time.
education|Is my reasoning right? If a train goes 60 km/h for 2.5 hours it covers 150 km.
education|Explain the causes of World War I in simple terms.
education|How do I find the area of a triangle if I only know the three side lengths?
education|Can you check my thesis statement: "Social media has both positive and negative effects on teenagers." My teacher said it's too vague.
education|Give me a mnemonic for the order of the planets.
education|What is the Pythagorean theorem used for in real life?
education|Explain supply and demand with an example about concert tickets.
health|I've had a mild headache every afternoon for a week. What are common causes, and when should I see a doctor?
health|What's a reasonable way to start running if I haven't exercised in years?
health|How much water should an adult drink per day, roughly?
health|My 2-year-old has a fever of 38.5°C but is playing normally. When should I call the pediatrician?
health|What are the common side effects of ibuprofen, and should I take it with food?
health|Tips for reducing eye strain from looking at screens all day?
health|I was just diagnosed with type 2 diabetes. What questions should I ask my doctor at the next appointment?
health|How can I support a friend who is going through depression?
health|Is it normal to feel sore two days after a workout?
health|What's the difference between a cold and the flu?
health|Can you suggest a gentle stretching routine for lower back stiffness from sitting all day?
health|How do I know if I'm getting enough sleep?
legal|My landlord is keeping my whole security deposit for "general wear". What are my options? I'm in California.
legal|What's the difference between a will and a trust, in general terms?
legal|Do I need a lawyer to set up an LLC?
legal|I'm a freelancer and a client hasn't paid an invoice for 90 days. What are the usual next steps?
legal|Can my employer change my shift schedule without notice? I'm in the UK.
legal|What does "force majeure" mean in a contract?
legal|How does copyright work for photos I take at a public event?
legal|What should I check before signing a residential lease?
legal|Is a verbal agreement legally binding?
legal|What's the general process for contesting a parking ticket?
travel|Plan a 3-day itinerary for Lisbon for someone who loves food and doesn't mind walking.
travel|Is it worth getting a JR Pass for a 10-day trip to Japan?
travel|What should I pack for a week of hiking in Scotland in May?
travel|Best way to get from Rome airport to the city center?
travel|Any tips for dealing with jet lag when flying east?
travel|Do I need a visa to visit Canada with a German passport?
travel|What's a realistic budget for two weeks backpacking in Vietnam?
travel|Suggest some day trips from Barcelona that don't need a car.
travel|We're travelling with a toddler to Mexico City. Which neighbourhoods are good to stay in?
travel|Is it rude not to tip in Japan?
cooking|What can I make with chickpeas, spinach, and a can of coconut milk?
cooking|How do I keep my sourdough from being so dense?
cooking|Give me a simple weeknight pasta recipe that takes under 20 minutes.
cooking|Substitute for buttermilk in pancakes?
cooking|How long do cooked rice leftovers keep in the fridge?
cooking|Make me a vegetarian meal plan for 5 dinners with a shopping list.
cooking|Why does my risotto turn out gluey?
cooking|How do I sharpen a kitchen knife with a whetstone?
cooking|What's the difference between baking soda and baking powder?
cooking|Can I freeze homemade soup with potatoes in it?
business|How do I calculate customer acquisition cost?
business|Write a short agenda for a 30-minute weekly team sync.
business|What are the pros and cons of a four-day work week for a small agency?
business|Give me a SWOT analysis template for a new coffee shop.
business|How should I price a freelance logo design project?
business|Explain the difference between gross margin and net margin.
business|What KPIs should an e-commerce store track in its first year?
business|Help me prepare for a salary negotiation. I'm getting an offer for a senior engineer role.
business|How do I give constructive feedback to an employee who keeps missing deadlines?
business|What's a good structure for a one-page business plan?
business|What is an index fund and how is it different from a mutual fund?
business|How does compound interest work? Show an example with $1,000 at 5%.
business|Help me make a simple monthly budget. I earn $3,200 after tax and rent is $1,150.
customer_support|Hi, I ordered a blue jacket (order #48213) but received a green one. How do I exchange it?
customer_support|My internet has been dropping every evening around 8pm for the past week. I already restarted the router.
customer_support|How do I cancel my subscription? I can't find the button in the app.
customer_support|I was charged twice for the same order this morning. Can you help?
customer_support|My package says delivered but it's not at my door.
customer_support|I forgot my password and the reset email never arrives.
customer_support|Can I change the delivery address for an order that's already shipped?
customer_support|The app crashes every time I try to upload a profile photo. iPhone 13, iOS 17.
customer_support|Do you offer student discounts?
customer_support|I'd like to upgrade my plan from Basic to Pro mid-month. How does billing work?
roleplay|Let's role-play: you're a barista in Paris and I'm ordering coffee. Speak simple French so I can practice.
roleplay|Pretend you're an interviewer for a junior product manager job and ask me questions one at a time.
roleplay|You're a friendly tour guide in ancient Rome. Show me around the Forum.
roleplay|Act as a Dungeon Master and start a fantasy adventure for me. I'm an elf ranger.
roleplay|Pretend to be a grumpy but lovable pirate captain and give me a pep talk before my exam.
roleplay|Can you be my Spanish conversation partner? Keep your replies short and correct my mistakes.
roleplay|Role-play a customer who is upset about a late delivery so I can practice support calls.
roleplay|You're Sherlock Holmes. I'll describe a messy kitchen and you deduce what happened.
general|What's the best way to learn touch typing as an adult?
general|How do I get rid of fruit flies in my kitchen?
general|Suggest a 30-day plan to learn the basics of drawing.
general|How do I remove a red wine stain from a cotton shirt?
general|What's a good houseplant for a dark apartment?
general|How do noise-cancelling headphones work?
general|Can you help me decide between a used Honda Civic and a new Kia Rio?
general|Give me ideas for a 10-year-old's birthday party on a small budget.
general|How do I shoot better photos of the night sky with my phone?
general|What's the best way to memorize a speech?
"""),
frames=[
("cooking", "I have {ing} {where}. {con} {ask}", dict(
    ing=L("""
half a bag of spinach, three eggs and some feta
leftover roast chicken, rice and a sad-looking carrot
a can of black beans, tortillas and a jar of salsa
two sweet potatoes, an onion and some chorizo
a block of tofu, broccoli and soy sauce
spaghetti, a lemon, garlic and parmesan
ground beef, canned tomatoes and a zucchini
oats, overripe bananas and peanut butter
a cauliflower, a can of chickpeas and curry powder
two salmon fillets, baby potatoes and fresh dill
"""),
    where=L("""
in the fridge
left over from the weekend
and not much else
that really need using up
"""),
    con=L("""
I'm cooking for two kids who hate anything spicy.
I only have a microwave and one pan.
I want something ready in 25 minutes.
My partner is lactose intolerant.
I'm trying to keep it under 600 calories per portion.
Oven is broken, stovetop only.
-
"""),
    ask=L("""
What could I make?
Give me one recipe with step-by-step instructions.
Any ideas for dinner tonight?
Suggest two options, one quick and one a bit fancier.
What would you cook?
"""))),
("travel", "{who} {place} for {dur} in {when}. {pref} {ask}", dict(
    who=L("""
My partner and I are heading to
Two friends and I are going to
I'm taking my parents to
I'm going solo to
We're a family of four flying to
Our small team has an offsite in
"""),
    place=L("""
Kyoto
Iceland
the Amalfi Coast
Marrakech
Vancouver
Istanbul
Cape Town
Seoul
Porto
the Scottish Highlands
Buenos Aires
Hanoi
"""),
    dur=L("""
a long weekend
five days
a week
ten days
two weeks
"""),
    when=L("""
March
late October
August
December
April
June
"""),
    pref=L("""
We love hiking and local food but hate crowds.
Budget is tight, around 80 euros a day per person.
One of us uses a wheelchair, so accessibility matters.
We don't drive.
Mostly interested in museums and architecture.
We'd like at least one day at the beach.
-
"""),
    ask=L("""
Can you suggest a rough itinerary?
What should we not miss?
Which area should we stay in?
What's the weather usually like and what should we pack?
Is that enough time, or should we cut something?
"""))),
("writing", "Write {kind} to {rcpt} {purpose}. {tone}", dict(
    kind=L("""
a short email
a Slack message
a polite text message
a formal letter
a brief note
"""),
    rcpt=L("""
my manager
a client
my neighbour
the school principal
our landlord
a vendor we work with
my team
"""),
    purpose=L("""
asking to move Friday's meeting to next week
explaining that the project will be two days late
declining an invitation without sounding rude
requesting a refund for a cancelled workshop
thanking them for their help during the move
following up on a proposal they haven't answered
asking to work from home on Tuesdays
"""),
    tone=L("""
Keep it friendly.
Make it firm but polite.
Under 100 words.
Casual tone, we know each other well.
Professional, no exclamation marks.
-
"""))),
("health", "I'm {age} and I've had {sym} for {dur}. {ctx} {ask}", dict(
    age=L("""
34
52
27
68
19
45
"""),
    sym=L("""
a dry cough
trouble falling asleep
pain in my right knee when climbing stairs
itchy patches on my elbows
heartburn after dinner
occasional dizziness when I stand up quickly
tension headaches
"""),
    dur=L("""
about two weeks
a few days
a month or so
ever since I started a new job
"""),
    ctx=L("""
No fever and otherwise I feel fine.
I work at a desk all day.
I've started running again recently.
I'm not on any medication.
-
"""),
    ask=L("""
What could be causing it, and when should I see a doctor?
Is there anything I can try at home first?
What kind of doctor should I book?
What should I mention at my appointment?
"""))),
("education", "{op} {prob} {ask}", dict(
    op=L("""
Homework question:
Can you help me with this?
I'm stuck on this one.
My daughter asked me this and I forgot how to do it:
Studying for a test.
-
"""),
    prob=L("""
A rectangle has a perimeter of 36 cm and its length is twice its width. Find its area.
Balance this equation: Fe + O2 -> Fe2O3.
A car accelerates from 0 to 27 m/s in 9 seconds. What is its acceleration?
Find the derivative of f(x) = x^3 * ln(x).
What is the probability of rolling two dice and getting a sum of 8?
Simplify (2x^2 - 8) / (x - 2).
Convert 0.375 to a fraction in lowest terms.
Explain why the Treaty of Versailles contributed to WWII.
Identify the subject and predicate in: 'The tired hikers finally reached the summit.'
Calculate the molar mass of calcium carbonate.
If 5 workers build a wall in 12 days, how long do 8 workers need?
Solve the system: 2x + y = 11 and x - y = 1.
What is the main theme of 'The Old Man and the Sea'?
A savings account pays 4% interest compounded yearly. How much is $2,500 worth after 3 years?
Find the median of 7, 3, 9, 12, 3, 8.
"""),
    ask=L("""
Please explain the steps, not just the answer.
I got a different answer than the book, can you check?
Give me a hint first, don't solve it fully.
Can you explain it simply?
-
"""))),
("business", "{ctx} {ask}", dict(
    ctx=L("""
I run a small bakery with 6 employees.
We're a B2B SaaS startup with about 40 customers.
I'm a freelance wedding photographer.
Our nonprofit runs after-school programs in two cities.
I manage a team of 8 support agents.
We sell handmade candles on Etsy.
My family owns a hardware store in a small town.
"""),
    ask=L("""
How can I reduce no-shows for appointments?
What's a simple way to track monthly cash flow?
Give me 5 low-cost marketing ideas for the next quarter.
How should I structure a referral program?
What should I put in a short customer survey?
How do I write a good job posting for a part-time role?
Help me plan a price increase without losing regulars.
What metrics should I look at every week?
"""))),
("customer_support", "Help me reply to this customer. {tone}\n\n\"{msg}\"", dict(
    tone=L("""
Be empathetic but don't promise a refund yet.
Keep it short and friendly.
We can offer a 10% voucher.
They're a long-time customer, so be extra nice.
-
"""),
    msg=L("""
I've been waiting 3 weeks for my order and nobody answers my emails. This is ridiculous.
The vacuum cleaner I bought stopped working after two months. Is it covered by the warranty?
Your app logged me out and now says my account doesn't exist??
I love the product but the shipping cost to Ireland is crazy. Any way to reduce it?
Hi, the size M hoodie is too small, can I swap it for an L?
I booked a table for 6 on Saturday but we're now 9 people. Can you fit us?
Why did my monthly bill go up by 12 dollars without any notice?
"""))),
("coding", "{pre} How do I {task} in {lang}? {post}", dict(
    pre=L("""
Quick question: 
Newbie here. 
-
"""),
    task=L("""
parse a JSON file
make an HTTP GET request with a timeout
sort a list of objects by a date field
read environment variables with a default value
write unit tests for a function that calls an external API
retry a failing request with exponential backoff
format a date as ISO 8601
remove duplicates from a list while keeping the order
"""),
    lang=L("""
Python
JavaScript
Go
Rust
Java
C#
TypeScript
Kotlin
"""),
    post=L("""
 Show a short example.
 Without external libraries if possible.
 What's the idiomatic way?
-
"""))),
("legal", "{sit} I'm in {place}. {ask}", dict(
    sit=L("""
My employer hasn't paid my overtime for the last three months.
My neighbour's tree fell on my fence during a storm.
I bought a used laptop online, it arrived broken, and the seller stopped replying.
My gym won't let me cancel my membership even though I moved away.
A company used one of my photos on their website without asking.
My flight was cancelled and the airline only offers a voucher.
I want to sublet my apartment for the summer.
"""),
    place=L("""
Germany
Ontario
Texas
Australia
the UK
Spain
"""),
    ask=L("""
What are my options?
What are the general rules here, and should I talk to a lawyer?
How would I usually start a formal complaint?
What documents should I gather first?
"""))),
],
paras=B(r"""
Starting Monday, March 4, the north parking lot will be closed for resurfacing. The work is expected to take about three weeks, depending on the weather. During this time, staff can use the overflow lot behind the warehouse, and a shuttle will run every ten minutes between 7:00 and 9:30 a.m. Visitors should continue to use the main entrance on Elm Street. We apologize for the inconvenience and thank everyone for their patience.

Octopuses are among the most intelligent invertebrates on the planet. Each of their eight arms contains a dense cluster of neurons, which means the arms can react to touch and taste without waiting for instructions from the brain. In experiments, octopuses have opened jars, navigated mazes and even recognized individual human caretakers. They also change the color and texture of their skin in a fraction of a second, using specialized cells called chromatophores. Despite all this, most species live only one to two years.

Meeting notes, product sync, Thursday. Attendees: Dana, Raj, Felix, Mei. Raj reported that the onboarding redesign is 80% done and should ship in sprint 14. Felix raised concerns about the analytics events still missing on the new signup screen. Mei will follow up with the data team before Friday. We agreed to postpone the pricing page experiment until after the holidays because legal needs more time to review the copy. Next sync moved to Wednesday because of the offsite.

I bought this blender three months ago and honestly it's been great for smoothies, but it struggles with anything thicker like nut butter. The motor gets hot after about a minute and I have to let it rest. Cleaning is easy since the jar is dishwasher safe, and it's quieter than my old one. For the price I think it's fair, just don't expect it to replace a high-end machine. Customer service replied within a day when I asked about a replacement lid.

Our town library is turning 100 this year, and we're celebrating all summer long. The original building was funded by a group of local teachers who collected donations door to door in 1924. Today the library lends not only books but also tools, board games and even fishing rods. On June 15 there will be a street party with live music, a used-book sale and guided tours of the old reading room. Everyone is welcome, and admission is free.

Remote work policy update: employees may work remotely up to three days per week, subject to manager approval. Core collaboration hours are 10:00 to 15:00 local time, and team members are expected to be reachable during this window. Each team should agree on at least one shared office day per week. Equipment for home offices can be requested through the IT portal; a one-time allowance of 300 euros is available for furniture. This policy will be reviewed again in six months.

The Silk Road was not a single road but a network of trade routes connecting China with the Mediterranean. Merchants rarely traveled the entire length; goods usually passed through many hands along the way. Besides silk, traders exchanged spices, glass, horses, paper and precious metals. Just as important was the exchange of ideas: religions, technologies and artistic styles spread along the same routes. Historians often describe it as one of the earliest examples of globalization.

Hi everyone, quick update on the kitchen renovation. The contractor found some water damage under the old sink, so the floor needs to be replaced before the new cabinets can go in. This adds about a week and roughly 1,800 dollars to the budget. The good news is that the countertops arrived early and look even better than the samples. We should be able to cook in there again by the end of the month if nothing else comes up.

In this study, we examined how short breaks affect concentration in secondary school students. Two groups of students completed the same set of reading tasks over 50 minutes. One group took a five-minute movement break halfway through, while the other group worked without interruption. Students who took a break answered significantly more comprehension questions correctly in the second half. The results suggest that brief physical activity may help maintain attention during long lessons.

We spent four days in the Dolomites last September and it was the best hiking trip we have ever done. We stayed in a small guesthouse in Val di Funes and took the early bus each morning to avoid the crowds. The trail around the Seceda ridge was steep in parts but absolutely worth it for the views. Most mountain huts serve incredible food, so we never carried more than snacks. If you go, book accommodation early, because everything fills up by June.

Thank you for contacting Brightline Internet. We have received your request regarding the slow connection at your address. Our records show planned maintenance in your area between May 6 and May 8, which may cause short interruptions. If the problem continues after May 8, please restart your router and run the speed test in the app. Should the speed still be below 50% of your plan, reply to this email and a technician will contact you within two working days.

Q3 results: revenue grew 14% year over year to 4.2 million, driven mainly by the new subscription tier. Gross margin improved slightly to 61%, while marketing spend stayed flat. Customer churn rose from 2.1% to 2.6% per month, mostly among small accounts that joined during the spring promotion. The team plans to address this with better onboarding emails and a simplified starter plan. Cash on hand is sufficient for at least 20 months at the current burn rate.

Dear parents, our class trip to the science museum is scheduled for Friday, October 11. The bus will leave school at 8:15 and return around 2:30. Please make sure your child brings a packed lunch, a water bottle and a jacket, as part of the visit takes place outdoors. The entrance fee of 6 dollars can be paid in cash to the class teacher by Wednesday. If your child has any allergies or needs medication during the day, please let us know in advance.

When you first start composting, the most common mistake is adding too many kitchen scraps and not enough dry material. A good rule of thumb is roughly two parts brown material, like dry leaves or cardboard, to one part green material, like vegetable peels. Turn the pile every week or two so air can reach the center. If it smells bad, it is usually too wet; add more brown material. After a few months you should have dark, crumbly compost that smells like forest soil.
"""),
ptasks=LC(r"""
summarization|Summarise this in two sentences:\n\n{p}
summarization|TL;DR please:\n\n{p}
summarization|Can you pull out the three key points from this?\n\n{p}
summarization|{p}\n\nSummarize the above for a busy executive, max 50 words.
editing|Proofread this and fix any grammar issues, but keep my voice:\n\n{p}
editing|Rewrite this paragraph to be more concise:\n\n{p}
editing|Make this sound more professional:\n\n{p}
editing|Can you simplify this for a 12-year-old reader?\n\n{p}
translation|Translate into Spanish:\n\n{p}
translation|Please translate this to German, keep the tone informal:\n\n{p}
translation|Translate the following into French. It's for our company newsletter.\n\n{p}
writing|Write a catchy headline and a one-line subtitle for this text:\n\n{p}
writing|Turn this into a short LinkedIn post:\n\n{p}
education|Generate 3 quiz questions based on this passage:\n\n{p}
"""),
casks=L(r"""
err|I'm getting this error and can't figure out why:\n\n{code}
any|{code}\n\nwhat's wrong here?
code|Can you explain what this code does, line by line?\n\n{code}
any|Why does this fail? I've been stuck for an hour.\n\n{code}
code|Refactor this to be more readable:\n\n{code}
code|Code review please. Anything you'd change before I open the PR?\n\n{code}
err|{code}\n\nThis worked yesterday. The only thing that changed is that I updated dependencies. Ideas?
err|Help me debug this. Context: it runs in a Docker container on Ubuntu 22.04.\n\n{code}
code|Is there a bug in this? It doesn't do what I expect.\n\n```\n{code}\n```
err|```\n{code}\n```\nhow do i fix this
"""),
tasks=L(r"""
Here's the raw response from the API. Write a short, friendly reply to the user based on it:\n\n{out}
Tool output:\n{out}\n\nSummarise this in plain English.
{out}\n\nCan you turn this into a markdown table?
Is there anything in this output I should be worried about?\n\n{out}
I'm building an agent. This is what the function returned:\n```\n{out}\n```\nWhat should the assistant tell the user?
Extract the key facts from this as bullet points:\n\n{out}
Explain what this output means. I'm not technical.\n\n{out}
Write a one-sentence status update for Slack based on this:\n{out}
"""),
roles=B(r"""
You are Penny, the virtual assistant for ACME Bank. You help customers with questions about accounts, cards, transfers and online banking.
> How do I increase my daily card limit?
> I lost my debit card yesterday, what should I do?
> Why is there a pending charge of $1 from a hotel?

You are a helpful assistant for Greenleaf Garden Supplies, an online shop selling seeds, tools and outdoor furniture.
> When is the right time to plant tulip bulbs?
> Do you ship to Alaska?
> My order arrived with a broken pot. What now?

You are StudyBuddy, a tutoring assistant for high school students. Explain concepts step by step and encourage the student to try first.
> I don't get how to factor x^2 + 5x + 6
> what's the difference between an atom and a molecule
> Can you check my essay intro about the Cold War?

You are the internal IT helpdesk bot for Northwind Logistics. Employees ask you about laptops, VPN, passwords and software requests.
> The VPN disconnects every 10 minutes when I work from home.
> How do I request Adobe Acrobat for my laptop?
> My Outlook calendar isn't syncing with my phone.

You are a travel concierge for Skyway Airlines. You can look up flights, baggage rules and seat upgrades.
> Can I bring my guitar as carry-on?
> My connection in Frankfurt is only 50 minutes. Is that enough?
> How much does it cost to upgrade to premium economy?

You are Chef Remy, a friendly cooking assistant inside a recipe app. Suggest recipes based on what the user has and adapt them to dietary needs.
> I have eggplant, tomatoes and rice. Dinner ideas?
> Can I make your lasagna recipe gluten free?
> How do I know when salmon is cooked through?

You are a scheduling assistant for Brightsmile Dental Clinic. You book, move and cancel appointments and answer practical questions about the clinic. You do not give medical diagnoses.
> Can I move my cleaning from Tuesday to Thursday afternoon?
> Do you accept Delta Dental insurance?
> My filling fell out, how soon can I get an appointment?

You are an HR policy assistant for Lumen Software. Answer questions based on the employee handbook.
> How many vacation days do I get in my first year?
> What's the process for parental leave?
> Can I expense a home office chair?
"""),
rules=L(r"""
Keep answers short: three sentences or fewer unless the user asks for detail.
Always reply in the same language the user writes in.
Never ask the user for their full card number, PIN or password.
If you are not sure about something, say so and offer to connect the user with a human agent.
Do not give legal, tax or medical advice; share general information and suggest a professional.
Use bullet points for step-by-step instructions.
Be warm and professional. Avoid slang and emojis.
Only answer questions related to the company's products and services; politely redirect anything else.
If the user seems frustrated, acknowledge it before answering.
Today's date is {date}. Business hours are Monday to Friday, 8am to 6pm.
When you mention a price, note that prices may change and link to the pricing page.
End each answer by asking whether there is anything else you can help with.
Do not make up order numbers, prices or policies. If the information is not available, say so.
Format links as markdown.
"""),
improve=L(r"""
Here's the system prompt for our support bot. Can you make it clearer and more robust?\n\n{sys}
We use this as the system prompt and the bot keeps giving very long answers. How would you change it?\n\n{sys}
Review this system prompt for our chatbot and point out anything ambiguous:\n\n{sys}
"""),
ragi=L(r"""
Answer the question using only the context below. If the answer isn't in the context, say you don't know.\n\nContext:\n{ctx}\n\nQuestion: {q}
You are a support assistant. Use these retrieved documents to answer.\n\n{ctx}\n\nCustomer question: {q}
<context>\n{ctx}\n</context>\n\n{q}
Here are some passages from our knowledge base:\n\n{ctx}\n\nUsing them, answer: {q} Cite the passage numbers.
"""),
rag=B(r"""
# Returns policy (v4, updated Jan 2024)
Items can be returned within 30 days of delivery if they are unused and in their original packaging. Sale items marked "final sale" cannot be returned. To start a return, log in, open the order and click "Return items". We email a prepaid label within 24 hours. Refunds are issued to the original payment method within 5-7 business days after the item arrives at our warehouse.
? Can I return a sale item?
? How long does a refund take?
? Do I have to pay for return shipping?

# Wi-Fi setup guide - Model HX200 router
To connect a new device, press the WPS button on the back of the router for two seconds. The light will blink blue. Within two minutes, select the network on your device. The default network name and password are printed on the sticker underneath the router. If the light turns orange, restart the router by unplugging it for 30 seconds.
? What does an orange light mean?
? Where can I find the Wi-Fi password?

# Employee handbook - Travel expenses
Employees traveling for work may book economy class for flights under six hours. Hotel costs are reimbursed up to 150 euros per night in most cities and up to 220 euros in London, Paris and Zurich. Meals are covered by a daily allowance. Receipts must be uploaded to the expense tool within 30 days of the trip.
? What's the hotel limit in Paris?
? Can I fly business class to New York?

# Clinic FAQ - Appointments
Appointments can be booked online or by phone. Please arrive ten minutes early for your first visit and bring your insurance card. If you need to cancel, let us know at least 24 hours in advance; late cancellations may be charged a fee of 25 dollars. We offer evening appointments on Tuesdays and Thursdays until 7 pm.
? Is there a fee if I cancel the same day?
? Are you open in the evening?

# Product manual - Aero 3 coffee machine
Descale the machine every 200 cups or when the orange drop icon appears. Fill the water tank with 500 ml of water and one sachet of descaling solution, place a large container under the spout and hold the steam button for five seconds. The cycle takes about 20 minutes. Rinse the tank thoroughly and run two cycles with clean water before making coffee again.
? How often should I descale?
? How long does descaling take?

# City council - Bulky waste collection
Residents can request bulky waste collection up to four times per year free of charge. Requests must be submitted online at least ten days before the desired date. Items should be placed on the curb by 6 am on the collection day. Electronics, tires and paint are not collected and must be taken to the recycling center.
? Can I put an old TV out with the bulky waste?
? How many free pickups do I get?

# Gym membership terms
Memberships renew automatically every month. You can cancel at any time with 30 days' notice through the app or at the front desk. A membership can be paused for up to three months per year for medical reasons or travel. Guest passes are available for 10 dollars per visit, and members may bring a guest up to twice a month.
? How do I cancel my membership?
? Can I pause it while I'm abroad for two months?

# Release notes - Taskflow 3.2
New: recurring tasks can now repeat on specific weekdays. Calendar sync with Google and Outlook now updates every five minutes instead of every hour. Fixed a bug where archived projects still appeared in search results. The mobile app now supports dark mode. Support for Android 8 will end with the next release.
? Does Taskflow support dark mode on mobile?
? How often does calendar sync run now?
"""),
)

# ===========================================================================
# GERMAN
# ===========================================================================
LANGS["de"] = dict(
lab=("Regeln:", "Dokument", "Quelle"),
chit=LC(r"""
hallo, bist du da?
Guten Morgen, wie geht's dir?
danke, hat geklappt 👍
Erzähl mir einen Witz
Schreib ein kurzes Gedicht über den Herbst
Was ist die Hauptstadt von Kanada?
Wie spät ist es gerade in Tokio?
kannst du das kürzer machen?
Bitte etwas förmlicher.
Nochmal, aber lustiger
Was ist der Unterschied zwischen "seit" und "seid"?
Wie viel Gramm hat ein Esslöffel Mehl?
Mir ist langweilig. Hast du eine Idee für heute Abend?
gute Nacht und danke!
Wer hat den Buchdruck erfunden?
Warum ist die Banane krumm?
Gib mir drei Namen für unser Team beim Pubquiz
ok, passt so
Kannst du mir ein gutes Hörbuch für eine lange Autofahrt empfehlen?
Erklär mir Blockchain in zwei Sätzen
Was heißt eigentlich "Feierabend" auf Englisch?
Stimmt es, dass Goldfische nur drei Sekunden Gedächtnis haben?
Hast du einen Tipp gegen Schluckauf?
Wie lange muss ein Frühstücksei kochen, damit es wachsweich ist?
Nee, so meinte ich das nicht. Nochmal bitte.
""", "chitchat"),
qa=LC(r"""
coding|Wie kann ich in Python prüfen, ob eine Datei existiert, bevor ich sie öffne?
coding|Was ist der Unterschied zwischen == und === in JavaScript?
coding|Wie beende ich einen Prozess, der Port 8080 blockiert? Ich bin unter Windows 11.
coding|Git: Wie setze ich meinen Branch auf den Stand von origin/main zurück? Lokale Änderungen brauche ich nicht mehr.
coding|Kannst du mir erklären, was ein Docker-Volume ist und wann ich eins brauche?
coding|Schreib mir eine SQL-Abfrage, die pro Kunde die Anzahl der Bestellungen im letzten Monat ausgibt. Tabellen: kunden(id, name), bestellungen(id, kunde_id, datum).
coding|Welches Framework würdest du für ein kleines internes Dashboard empfehlen – Streamlit oder Dash?
coding|Wie schreibe ich in Excel eine Formel, die leere Zellen beim Mittelwert ignoriert?
coding|Warum ist mein Python-Skript so langsam, wenn ich in einer Schleife Strings mit + zusammenbaue?
coding|Wie kann ich in Bash alle Dateien in einem Ordner umbenennen, sodass Leerzeichen durch Unterstriche ersetzt werden?
writing|Schreib eine kurze Einladung zum Sommerfest unseres Sportvereins am 14. Juli, locker formuliert.
writing|Ich brauche einen Text für meine Abwesenheitsnotiz, ich bin vom 2. bis 16. August im Urlaub. Vertretung: Herr Yilmaz.
writing|Kannst du mir helfen, ein Motivationsschreiben für einen Masterplatz in Umweltwissenschaften zu formulieren? Ich habe Geografie in Münster studiert.
writing|Schreib ein Geburtstagsgedicht für meine Oma, sie wird 80 und liebt ihren Garten.
writing|Formuliere eine freundliche Absage an einen Bewerber, der es bis in die letzte Runde geschafft hat.
writing|Gib mir fünf Ideen für Instagram-Posts für unser Café in Leipzig.
education|Kannst du mir den Unterschied zwischen Aktiv und Passiv erklären? Meine Tochter ist in der 6. Klasse.
education|Wie funktioniert die Gewaltenteilung in Deutschland?
education|Erklär mir bitte die binomischen Formeln mit einem Beispiel.
education|Was war die Hanse und warum war sie so wichtig?
education|Ich schreibe morgen eine Bio-Klausur über Enzyme. Kannst du mich abfragen?
education|Was ist der Unterschied zwischen Wetter und Klima? Bitte kindgerecht erklärt.
health|Ich habe seit ein paar Tagen Schmerzen im Handgelenk, vermutlich vom vielen Tippen. Was kann ich tun und wann sollte ich zum Arzt?
health|Wie viel Vitamin D sollte man im Winter nehmen? Sollte ich vorher meinen Spiegel testen lassen?
health|Mein Sohn (7) hat Läuse aus der Schule mitgebracht. Wie gehen wir am besten vor?
health|Ist es normal, dass man nach der Grippeimpfung einen Tag lang schlapp ist?
health|Welche Fragen sollte ich beim Hausarzt stellen, wenn mein Blutdruck leicht erhöht ist?
legal|Mein Vermieter will die Miete um 15 % erhöhen. Darf er das einfach so?
legal|Wie lange habe ich bei einer Online-Bestellung ein Widerrufsrecht?
legal|Was ist der Unterschied zwischen einer GmbH und einer UG?
legal|Muss ich als Arbeitnehmer Überstunden machen, wenn nichts dazu im Vertrag steht?
legal|Was gehört in ein einfaches Testament, und muss es handschriftlich sein?
travel|Lohnt sich das Deutschlandticket, wenn ich nur am Wochenende pendle?
travel|Wir wollen mit dem Zug von Hamburg nach Kopenhagen. Gibt es eine Direktverbindung?
travel|Was sollte man in Wien auf keinen Fall verpassen, wenn man nur zwei Tage hat?
travel|Brauche ich in Norwegen Bargeld oder geht alles mit Karte?
travel|Tipps für eine Hüttenwanderung in den Dolomiten mit wenig Erfahrung?
cooking|Was kann ich aus übrig gebliebenen Brötchen machen?
cooking|Wie bekomme ich einen schwäbischen Kartoffelsalat hin, also ohne Mayo?
cooking|Kann man Hefeteig über Nacht im Kühlschrank gehen lassen?
cooking|Rezept für einen schnellen Linseneintopf, vegetarisch bitte.
cooking|Warum wird die Panade von meinem Schnitzel nie so schön wellig wie im Restaurant?
business|Wie schreibe ich eine ordentliche Rechnung als Kleinunternehmer nach § 19 UStG?
business|Was sind gute Fragen für ein Mitarbeitergespräch am Jahresende?
business|Wie kalkuliere ich meinen Stundensatz als freiberuflicher Grafikdesigner?
business|Kannst du mir eine Agenda für einen dreistündigen Workshop zur Teamzusammenarbeit machen?
business|Wie erkläre ich meinem Team, dass wir auf ein neues Ticketsystem umsteigen, ohne dass alle genervt sind?
customer_support|Hallo, meine Bestellung 30418 ist seit zehn Tagen unterwegs. Können Sie nachsehen, wo sie steckt?
customer_support|Ich möchte meinen Handyvertrag kündigen. Welche Frist gilt und wie mache ich das?
customer_support|Die Waschmaschine zeigt den Fehler F21 an und pumpt nicht ab. Was kann ich selbst prüfen?
customer_support|Mir wurde der Beitrag für März doppelt abgebucht. Bitte um Erstattung.
customer_support|Kann ich unsere Reservierung für Samstag von 4 auf 6 Personen ändern?
roleplay|Lass uns ein Vorstellungsgespräch üben. Du bist die Personalerin, ich bewerbe mich als Kaufmann für Büromanagement.
roleplay|Spiel einen Bäcker in Wien, und ich übe mit dir das Bestellen auf Österreichisch.
roleplay|Du bist Stadtführer im mittelalterlichen Nürnberg. Führ mich durch die Stadt!
roleplay|Sei mein Sparringspartner für eine Debatte: Sollte es ein Tempolimit auf Autobahnen geben? Du bist dagegen.
general|Wie bekomme ich Kalk aus dem Wasserkocher?
general|Welche Zimmerpflanzen sind ungiftig für Katzen?
general|Wie fange ich mit dem Joggen an, wenn ich total unsportlich bin?
general|Pizzakartons – Altpapier oder Restmüll?
general|Gib mir ein paar Ideen für einen Kindergeburtstag im Winter drinnen, 8 Kinder, etwa 6 Jahre alt.
general|Wie funktioniert eigentlich eine Wärmepumpe?
general|Ich muss am Montag eine Präsentation halten und bin total nervös. Hast du Tipps?
general|Welche Sachbücher über Geschichte kannst du mir empfehlen, die sich gut lesen lassen?
"""),
frames=[
("cooking", "Ich habe noch {z} {wo}. {e} {f}", dict(
    z=L("""
Kartoffeln, Lauch und ein Stück Speck
eine Zucchini, Feta und Nudeln
Reste vom Brathähnchen, Reis und Paprika
rote Linsen, Karotten und Kokosmilch
drei Eier, Spinat und etwas Bergkäse
einen Blumenkohl, Kichererbsen und Currypulver
Hackfleisch, passierte Tomaten und Kidneybohnen
Quark, Äpfel und Haferflocken
"""),
    wo=L("""
im Kühlschrank
vom Wochenende übrig
und sonst nicht viel
-
"""),
    e=L("""
Ich koche für zwei Kinder, die nichts Scharfes mögen.
Ich habe nur eine Pfanne und keinen Ofen.
Es sollte in einer halben Stunde fertig sein.
Mein Freund isst kein Fleisch.
-
"""),
    f=L("""
Was kann ich daraus machen?
Hast du ein Rezept mit genauen Schritten?
Gib mir zwei Ideen, eine schnelle und eine etwas aufwendigere.
Was würdest du kochen?
"""))),
("travel", "{wer} {ziel} {dauer} im {monat}. {wunsch} {frage}", dict(
    wer=L("""
Mein Mann und ich fahren
Wir fahren mit zwei Kindern (5 und 9)
Ich reise allein
Ich fahre mit meinen Eltern (beide über 70)
Wir sind vier Freundinnen und wollen
"""),
    ziel=L("""
nach Südtirol
an die Ostsee
nach Lissabon
nach Kroatien
nach Schottland
nach Prag
in den Schwarzwald
nach Sizilien
"""),
    dauer=L("""
für ein verlängertes Wochenende
für eine Woche
für zehn Tage
für zwei Wochen
"""),
    monat=L("""
Mai
September
Oktober
Juli
Februar
"""),
    wunsch=L("""
Wir wandern gern, aber nichts Extremes.
Das Budget ist eher knapp.
Wir haben kein Auto.
Gutes Essen ist uns wichtiger als Sehenswürdigkeiten.
-
"""),
    frage=L("""
Kannst du eine grobe Route vorschlagen?
Was sollten wir auf keinen Fall verpassen?
Wo übernachtet man dort am besten?
Wie ist das Wetter da normalerweise, und was sollten wir einpacken?
"""))),
("writing", "Schreib {art} an {an}, {zweck}. {ton}", dict(
    art=L("""
eine kurze E-Mail
eine Nachricht für Teams
einen höflichen Brief
eine WhatsApp-Nachricht
"""),
    an=L("""
meine Chefin
einen Kunden
unsere Hausverwaltung
die Klassenlehrerin meines Sohnes
einen Lieferanten
mein Team
"""),
    zweck=L("""
in der ich um eine Verschiebung des Termins am Freitag bitte
dass sich das Projekt um eine Woche verzögert
in der ich mich für die Hilfe beim Umzug bedanke
in der ich nach dem Stand meines Angebots frage
dass ich nächste Woche krankheitsbedingt ausfalle
in der ich eine Einladung freundlich absage
"""),
    ton=L("""
Bitte freundlich, aber bestimmt.
Nicht zu förmlich, wir duzen uns.
Maximal 80 Wörter.
Sehr höflich bitte.
-
"""))),
("health", "Ich bin {alter} und habe seit {dauer} {sym}. {kontext} {frage}", dict(
    alter=L("""
29
41
56
67
35
"""),
    dauer=L("""
etwa zwei Wochen
ein paar Tagen
einem Monat
dem Urlaub
"""),
    sym=L("""
einen trockenen Husten
Probleme beim Einschlafen
Schmerzen im Knie beim Treppensteigen
Sodbrennen nach dem Abendessen
immer wieder Spannungskopfschmerzen
juckende Stellen an den Ellenbogen
"""),
    kontext=L("""
Fieber habe ich keins.
Ich sitze den ganzen Tag am Schreibtisch.
Ich nehme keine Medikamente.
-
"""),
    frage=L("""
Woran kann das liegen, und ab wann sollte ich zum Arzt?
Was kann ich erstmal selbst ausprobieren?
Zu welchem Facharzt sollte ich gehen?
Was sollte ich beim Arzttermin ansprechen?
"""))),
("business", "{k} {f}", dict(
    k=L("""
Ich habe einen kleinen Friseursalon mit drei Angestellten.
Wir sind ein Startup mit 12 Leuten und machen Logistiksoftware.
Ich bin selbstständige Übersetzerin.
Ich leite ein Team von sechs Leuten im Kundenservice.
Wir verkaufen selbstgemachte Seifen auf Etsy.
Unser Verein hat knapp 200 Mitglieder.
"""),
    f=L("""
Wie kann ich kurzfristige Terminabsagen reduzieren?
Wie behalte ich Einnahmen und Ausgaben am einfachsten im Blick?
Gib mir fünf günstige Marketing-Ideen für das nächste Quartal.
Wie kündige ich eine Preiserhöhung an, ohne Stammkunden zu verärgern?
Welche Kennzahlen sollte ich jede Woche anschauen?
Wie organisiere ich die Urlaubsplanung fair?
"""))),
("legal", "{s} {f}", dict(
    s=L("""
Mein Arbeitgeber zahlt seit drei Monaten meine Überstunden nicht aus.
Bei einem Sturm ist der Baum vom Nachbarn auf unseren Zaun gefallen.
Ich habe auf Kleinanzeigen ein gebrauchtes Handy gekauft, es ist defekt angekommen und der Verkäufer meldet sich nicht mehr.
Mein Fitnessstudio lässt mich trotz Umzug nicht vorzeitig kündigen.
Eine Firma hat eins meiner Fotos ohne Erlaubnis auf ihrer Website verwendet.
Mein Flug wurde annulliert und die Airline bietet nur einen Gutschein an.
"""),
    f=L("""
Welche Möglichkeiten habe ich?
Wie ist da grob die Rechtslage, und lohnt sich ein Anwalt?
Wie gehe ich am besten vor, wenn ich mich schriftlich beschweren will?
Welche Unterlagen sollte ich sammeln?
"""))),
],
paras=B(r"""
Ab Montag, dem 4. März, wird in der Lindenstraße die Wasserleitung erneuert. Die Arbeiten dauern voraussichtlich drei Wochen. In dieser Zeit kann es zwischen 8 und 16 Uhr zu kurzen Unterbrechungen der Wasserversorgung kommen. Anwohnerinnen und Anwohner werden jeweils am Vortag per Aushang informiert. Wir bitten um Verständnis für die Einschränkungen.

Kurzes Update zur CRM-Umstellung: Die Datenmigration ist zu etwa 70 Prozent abgeschlossen. Leider sind bei den Altkunden aus dem Jahr 2019 viele Adressen doppelt vorhanden, das müssen wir vor dem Go-live bereinigen. Der neue Termin für die Umstellung ist deshalb der 15. Mai statt Ende April. Bis dahin arbeiten alle bitte weiter im alten System. Schulungen für das Vertriebsteam finden in der ersten Maiwoche statt.

Seit letztem Frühjahr baue ich auf meinem Balkon Gemüse an, und ich bin selbst überrascht, wie viel auf sechs Quadratmetern wächst. Tomaten, Pflücksalat und Kräuter laufen fast von allein, solange man im Sommer jeden Tag gießt. Mit Zucchini hatte ich weniger Glück, die Pflanze war einfach zu groß für den Kübel. Mein wichtigster Tipp: lieber wenige Sorten in großen Töpfen als viele kleine. Und ein Schneckenproblem gibt es im dritten Stock zum Glück nicht.

Honigbienen verständigen sich mit einem besonderen Tanz über gute Futterquellen. Kehrt eine Sammlerin zum Stock zurück, läuft sie auf der Wabe eine Art Acht und wackelt dabei mit dem Hinterleib. Die Richtung des Tanzes zeigt an, in welchem Winkel zur Sonne die Blüten liegen. Die Dauer des Schwänzelns verrät die Entfernung. Entschlüsselt hat diese Sprache der Zoologe Karl von Frisch, der dafür 1973 den Nobelpreis erhielt.

Am Abend des 9. November 1989 verkündete Günter Schabowski auf einer Pressekonferenz, dass DDR-Bürger ab sofort ausreisen dürften. Die Nachricht verbreitete sich schnell, und Tausende Menschen strömten zu den Grenzübergängen in Berlin. Am Übergang Bornholmer Straße gaben die Grenzsoldaten schließlich dem Druck nach und öffneten die Schranken. In dieser Nacht lagen sich Menschen aus Ost und West in den Armen. Knapp ein Jahr später war Deutschland wiedervereinigt.

Ich fahre das E-Bike jetzt seit vier Monaten täglich zur Arbeit, einfach 14 Kilometer. Der Akku reicht im Eco-Modus locker für eine Woche, im Winter merkt man aber, dass die Reichweite sinkt. Die Schaltung ist präzise, nur die Bremsen haben am Anfang etwas gequietscht. Für knapp 3.000 Euro hätte ich mir eine bessere Beleuchtung gewünscht. Insgesamt bin ich trotzdem sehr zufrieden und fahre kaum noch Auto.

Ab dem 1. Juli gilt eine neue Regelung für mobiles Arbeiten. Beschäftigte können bis zu drei Tage pro Woche von zu Hause arbeiten, sofern die Aufgaben das zulassen. Die Kernarbeitszeit von 10 bis 15 Uhr bleibt bestehen. Jedes Team legt mindestens einen gemeinsamen Bürotag fest. Für die Ausstattung des Arbeitsplatzes zu Hause gibt es einen einmaligen Zuschuss von 300 Euro.

Liebe Eltern, am Freitag, den 20. September, findet unser Herbstfest im Kindergarten statt. Los geht es um 15 Uhr mit einem kleinen Theaterstück der Vorschulkinder. Danach gibt es Kaffee, Kuchen und eine Bastelecke für die Kleinen. Wir freuen uns, wenn Sie einen Kuchen oder Fingerfood mitbringen, bitte tragen Sie sich dafür in die Liste am Eingang ein. Bei Regen feiern wir im Turnraum.
"""),
ptasks=LC(r"""
summarization|Fass das bitte in zwei, drei Sätzen zusammen:\n\n{p}
summarization|Was sind die wichtigsten Punkte in diesem Text? Stichpunkte reichen.\n\n{p}
editing|Kannst du den Text korrigieren? Rechtschreibung und Kommas, den Stil bitte nicht groß ändern.\n\n{p}
editing|Formulier das etwas lockerer, es ist für unseren Newsletter:\n\n{p}
editing|Mach das bitte kürzer und verständlicher:\n\n{p}
translation|Übersetz das bitte ins Englische:\n\n{p}
translation|Bitte ins Französische übersetzen, möglichst natürlich:\n\n{p}
writing|Schreib eine passende Überschrift und einen kurzen Teaser für diesen Text:\n\n{p}
education|Erstelle drei Verständnisfragen zu diesem Text für meine 9. Klasse:\n\n{p}
"""),
casks=L(r"""
err|Ich bekomme diesen Fehler und verstehe nicht, warum:\n\n{code}
any|{code}\n\nWas ist hier falsch?
code|Kannst du mir erklären, was dieser Code macht?\n\n{code}
any|Hilfe, ich hänge seit einer Stunde daran. Gestern lief es noch:\n\n{code}
code|Kannst du das lesbarer machen? Ist für ein Code-Review.\n\n{code}
err|Kurze Frage – woran liegt das?\n\n{code}\n\nLäuft in einem Docker-Container unter Debian.
"""),
tasks=L(r"""
Hier ist die Antwort der API. Formulier daraus bitte eine kurze, freundliche Antwort für den Nutzer:\n\n{out}
Tool-Ausgabe:\n{out}\n\nFass das in einfachen Worten zusammen.
Kannst du das als Tabelle darstellen?\n\n{out}
Muss ich mir wegen dieser Ausgabe Sorgen machen?\n\n{out}
Das hat die Funktion zurückgegeben:\n```\n{out}\n```\nWas soll der Assistent dem Nutzer jetzt antworten?
"""),
roles=B(r"""
Du bist Lena, die digitale Assistentin der Sparkasse Mittelfeld. Du beantwortest Fragen zu Girokonto, Karten, Überweisungen und Online-Banking.
> Wie erhöhe ich mein Tageslimit für die Girocard?
> Ich habe meine Karte verloren, was muss ich tun?
> Warum wird mir eine Vormerkung über 1 Euro von einem Hotel angezeigt?

Du bist der Kundenservice-Assistent der Stadtwerke Nordhafen. Du hilfst bei Fragen zu Strom- und Gastarifen, Zählerständen und Abschlägen.
> Wie gebe ich meinen Zählerstand online an?
> Kann ich meinen monatlichen Abschlag senken?
> Ich ziehe im Juni um. Was muss ich beachten?

Du bist ein Lernassistent für Schülerinnen und Schüler der Mittelstufe. Erkläre Schritt für Schritt und ermutige dazu, es erst selbst zu versuchen.
> Ich verstehe Bruchrechnen nicht
> Was ist der Unterschied zwischen Dativ und Akkusativ?
> Kannst du meine Einleitung für die Erörterung anschauen?

Du bist der IT-Helpdesk-Bot der Firma Berger Maschinenbau. Mitarbeitende fragen dich zu Laptops, VPN, Passwörtern und Softwarebestellungen.
> Das VPN bricht im Homeoffice alle zehn Minuten ab.
> Wie bestelle ich eine Lizenz für Visio?
> Mein Outlook-Kalender synchronisiert nicht mit dem Handy.

Du bist der Buchungsassistent der Praxis Dr. Hoffmann (Allgemeinmedizin). Du vereinbarst, verschiebst und sagst Termine ab. Du stellst keine Diagnosen.
> Kann ich meinen Termin am Dienstag auf Donnerstag verschieben?
> Brauche ich für die Blutabnahme einen Termin?
> Haben Sie auch abends Sprechstunde?
"""),
rules=L(r"""
Antworte kurz und verständlich, höchstens drei bis vier Sätze.
Sieze die Kundinnen und Kunden.
Frag niemals nach PIN, TAN oder Passwörtern.
Wenn du etwas nicht sicher weißt, sag das offen und biete an, an einen Mitarbeiter weiterzuleiten.
Gib keine rechtliche oder medizinische Beratung, sondern allgemeine Informationen.
Nutze Aufzählungen für Schritt-für-Schritt-Anleitungen.
Beantworte nur Fragen, die mit unseren Produkten und Leistungen zu tun haben.
Das heutige Datum ist der {date}. Servicezeiten: Mo–Fr 8–18 Uhr.
Erfinde keine Preise, Vertragsdaten oder Fristen.
Antworte in der Sprache, in der der Nutzer schreibt.
"""),
improve=L(r"""
Das ist der Systemprompt für unseren Chatbot. Kannst du ihn klarer formulieren?\n\n{sys}
Mit diesem Systemprompt antwortet der Bot oft viel zu ausführlich. Was würdest du ändern?\n\n{sys}
"""),
ragi=L(r"""
Beantworte die Frage nur anhand des folgenden Kontexts. Wenn die Antwort nicht darin steht, sag das.\n\nKontext:\n{ctx}\n\nFrage: {q}
Hier sind Auszüge aus unserer Wissensdatenbank:\n\n{ctx}\n\nKundenfrage: {q}
<kontext>\n{ctx}\n</kontext>\n\n{q} Bitte gib die Nummer der Quelle an.
"""),
rag=B(r"""
# Rückgabebedingungen (Stand Januar 2024)
Artikel können innerhalb von 30 Tagen nach Lieferung zurückgegeben werden, sofern sie unbenutzt und originalverpackt sind. Reduzierte Artikel mit dem Hinweis „Endpreis" sind vom Umtausch ausgeschlossen. Das Rücksendeetikett erhalten Sie im Kundenkonto unter „Meine Bestellungen". Die Erstattung erfolgt innerhalb von 5 bis 7 Werktagen nach Eingang der Ware.
? Kann ich reduzierte Ware zurückgeben?
? Wie lange dauert die Erstattung?

# Bedienungsanleitung Kaffeevollautomat Aroma 5
Entkalken Sie das Gerät alle 200 Tassen oder sobald das orangefarbene Symbol leuchtet. Füllen Sie den Wassertank mit 500 ml Wasser und einer Tablette Entkalker. Stellen Sie ein großes Gefäß unter den Auslauf und halten Sie die Dampftaste fünf Sekunden gedrückt. Der Vorgang dauert etwa 20 Minuten.
? Wie oft muss ich entkalken?
? Wie lange dauert das Entkalken?

# Reisekostenrichtlinie
Bei Dienstreisen unter sechs Stunden Flugzeit wird ausschließlich Economy gebucht. Hotelkosten werden bis 150 Euro pro Nacht erstattet, in München, London und Zürich bis 210 Euro. Für Verpflegung gilt die gesetzliche Pauschale. Belege müssen innerhalb von 30 Tagen im Reisekostentool hochgeladen werden.
? Wie viel darf ein Hotel in München kosten?
? Bis wann muss ich die Belege einreichen?

# Sperrmüllabholung
Jeder Haushalt kann zweimal im Jahr kostenlos Sperrmüll abholen lassen. Der Termin muss mindestens zehn Tage vorher online beantragt werden. Elektrogeräte, Reifen und Farbreste werden nicht mitgenommen und müssen zum Wertstoffhof gebracht werden.
? Darf ich einen alten Fernseher zum Sperrmüll stellen?
? Wie oft ist die Abholung kostenlos?
"""),
)

# ===========================================================================
# FRENCH
# ===========================================================================
LANGS["fr"] = dict(
lab=("Règles :", "Document", "source"),
chit=LC(r"""
salut, t'es là ?
Bonjour, ça va ?
merci, c'est parfait
Raconte-moi une blague
Écris un petit poème sur la mer
C'est quoi la capitale de l'Australie ?
Tu peux faire plus court ?
Un peu plus formel, s'il te plaît.
Refais-le, mais en plus drôle
Quelle est la différence entre « quand » et « quant » ?
Je m'ennuie, tu as une idée pour ce soir ?
bonne nuit, à demain !
Qui a inventé le cinéma ?
Donne-moi trois idées de nom pour notre équipe de quiz
ok, ça me va
Tu me conseilles un podcast pour un long trajet en voiture ?
Explique-moi l'inflation en deux phrases
Combien de grammes dans une cuillère à soupe de sucre ?
C'est vrai qu'on n'utilise que 10 % de notre cerveau ?
Un truc contre le hoquet ?
Combien de temps pour un œuf à la coque ?
Non, ce n'est pas ce que je voulais dire. Recommence.
Pourquoi le ciel est bleu ?
Tu connais un bon film pour un dimanche pluvieux ?
Merci beaucoup, bonne journée !
""", "chitchat"),
qa=LC(r"""
coding|Comment vérifier en Python si une clé existe dans un dictionnaire ?
coding|Quelle est la différence entre une liste et un tuple en Python ?
coding|Comment tuer un processus qui occupe le port 3000 sous Linux ?
coding|Git : comment annuler le dernier commit sans perdre mes modifications ?
coding|Tu peux m'expliquer à quoi sert un index dans une base de données, avec un exemple concret ?
coding|Écris une requête SQL qui renvoie les 5 produits les plus vendus ce mois-ci. Tables : produits(id, nom), ventes(id, produit_id, quantite, date).
coding|Vaut-il mieux utiliser Vue ou React pour un petit projet perso ?
coding|Comment faire une RECHERCHEV dans Excel qui ne plante pas quand la valeur n'existe pas ?
coding|J'ai un script bash qui doit tourner tous les jours à 6 h. Comment je configure la crontab ?
writing|Écris une invitation pour la fête des voisins de notre immeuble, le samedi 8 juin, ton décontracté.
writing|J'ai besoin d'un message d'absence : je suis en congé du 5 au 23 août, ma collègue Claire Martin me remplace.
writing|Aide-moi à rédiger une lettre de motivation pour un stage en communication dans une association culturelle.
writing|Écris un petit discours pour le départ à la retraite d'un collègue qui a passé 30 ans dans l'entreprise.
writing|Propose cinq idées de publications Instagram pour une librairie de quartier à Lyon.
writing|Rédige une réponse polie à un candidat qui n'a pas été retenu après le deuxième entretien.
education|Tu peux m'expliquer la différence entre le passé composé et l'imparfait ? Avec des exemples simples.
education|Comment fonctionne la photosynthèse ? Mon fils est en 5e.
education|Quelles sont les causes principales de la Révolution française ?
education|Explique-moi le théorème de Thalès avec un exemple.
education|J'ai un contrôle de SVT demain sur la digestion, tu peux me poser des questions ?
education|C'est quoi la différence entre la météo et le climat ?
health|J'ai mal au dos depuis que je télétravaille. Quels exercices simples je peux faire, et quand consulter ?
health|Mon bébé de 10 mois a 38,2 de fièvre mais il joue normalement. Quand faut-il appeler le médecin ?
health|Est-ce normal d'être fatigué un ou deux jours après un vaccin ?
health|Quelles questions poser à mon médecin après un diagnostic d'hypertension ?
health|Comment aider un ami qui traverse une période de burn-out ?
legal|Mon propriétaire ne me rend pas ma caution depuis trois mois. Quels sont mes recours ?
legal|Quel est le délai de rétractation pour un achat en ligne en France ?
legal|Quelle différence entre une SAS et une SARL, en gros ?
legal|Mon employeur peut-il changer mes horaires du jour au lendemain ?
legal|Comment contester une amende de stationnement ?
travel|Qu'est-ce qu'on ne doit pas rater à Marseille en un week-end ?
travel|Vaut-il mieux prendre le train ou la voiture pour aller de Paris à Bordeaux ?
travel|Que mettre dans sa valise pour une semaine de randonnée en Corse en juin ?
travel|Faut-il un visa pour aller au Canada avec un passeport français ?
travel|Des idées d'excursions d'une journée au départ de Lisbonne, sans voiture ?
cooking|Que faire avec du pain rassis ?
cooking|Comment réussir une pâte brisée qui ne se rétracte pas à la cuisson ?
cooking|Par quoi remplacer la crème fraîche dans une quiche ?
cooking|Une idée de dîner végétarien rapide avec des lentilles ?
cooking|Pourquoi ma mayonnaise ne prend pas ?
business|Comment calculer mon taux journalier en tant que freelance en développement web ?
business|Quelles questions poser lors d'un entretien annuel d'évaluation ?
business|Propose un ordre du jour pour une réunion d'équipe de 45 minutes.
business|Comment annoncer une hausse de prix à nos clients sans les braquer ?
business|Quelle est la différence entre chiffre d'affaires et bénéfice ?
customer_support|Bonjour, ma commande n° 55102 n'est toujours pas arrivée après 12 jours. Pouvez-vous vérifier ?
customer_support|Je voudrais résilier mon abonnement box internet. Comment faire ?
customer_support|J'ai été prélevé deux fois ce mois-ci, merci de me rembourser.
customer_support|Mon lave-vaisselle affiche l'erreur E24 et ne vidange plus. Que puis-je vérifier moi-même ?
customer_support|Est-il possible de modifier l'adresse de livraison d'une commande déjà expédiée ?
roleplay|On fait une simulation d'entretien d'embauche ? Tu es le recruteur, je postule comme assistant commercial.
roleplay|Joue un serveur dans un bistrot parisien, je m'entraîne à commander en français.
roleplay|Tu es un guide au château de Versailles en 1700. Fais-moi visiter !
roleplay|Sois mon partenaire de débat : faut-il interdire les voitures dans le centre-ville ? Tu es contre.
general|Comment enlever le calcaire de ma bouilloire ?
general|Quelles plantes d'intérieur ne sont pas toxiques pour les chats ?
general|Comment commencer la course à pied quand on n'a jamais fait de sport ?
general|Des idées pour un anniversaire d'enfant de 7 ans à la maison, en hiver ?
general|Comment marche une pompe à chaleur, en gros ?
general|Je dois faire une présentation lundi et je stresse. Des conseils ?
"""),
frames=[
("cooking", "J'ai {z} {wo}. {e} {f}", dict(
    z=L("""
des pommes de terre, des poireaux et un reste de lardons
une courgette, de la feta et des pâtes
un reste de poulet rôti, du riz et un poivron
des lentilles corail, des carottes et du lait de coco
trois œufs, des épinards et un peu de comté
un chou-fleur, des pois chiches et du curry
de la viande hachée, des tomates en conserve et des haricots rouges
"""),
    wo=L("""
dans le frigo
qui restent du week-end
et pas grand-chose d'autre
-
"""),
    e=L("""
Je cuisine pour deux enfants qui n'aiment pas le piquant.
Je n'ai qu'une poêle et pas de four.
Il faut que ce soit prêt en 30 minutes.
Mon copain ne mange pas de viande.
-
"""),
    f=L("""
Qu'est-ce que je peux faire avec ça ?
Tu as une recette avec les étapes ?
Donne-moi deux idées, une rapide et une un peu plus élaborée.
Tu cuisinerais quoi, toi ?
"""))),
("travel", "{qui} {ou} {duree} en {mois}. {pref} {q}", dict(
    qui=L("""
Avec mon mari, on part
On part en famille avec deux enfants de 6 et 10 ans
Je voyage seule
Je pars avec mes parents, qui ont plus de 70 ans,
On est quatre amis et on part
"""),
    ou=L("""
à Lisbonne
en Bretagne
en Sicile
en Écosse
à Prague
dans les Alpes
au Maroc
en Croatie
"""),
    duree=L("""
pour un long week-end
une semaine
dix jours
deux semaines
"""),
    mois=L("""
mai
septembre
octobre
juillet
février
"""),
    pref=L("""
On aime marcher, mais rien d'extrême.
Le budget est assez serré.
On n'a pas de voiture.
La bonne cuisine compte plus que les musées.
-
"""),
    q=L("""
Tu peux proposer un itinéraire ?
Qu'est-ce qu'il ne faut surtout pas manquer ?
Dans quel coin loger ?
Il fait quel temps en général, et qu'est-ce qu'on emporte ?
"""))),
("writing", "Écris {t} à {d} {b}. {ton}", dict(
    t=L("""
un court e-mail
un message Teams
une lettre polie
un SMS
"""),
    d=L("""
ma responsable
un client
notre syndic
la maîtresse de ma fille
un fournisseur
mon équipe
"""),
    b=L("""
pour demander de décaler la réunion de vendredi
pour prévenir que le projet aura une semaine de retard
pour la remercier de son aide pendant le déménagement
pour relancer au sujet de mon devis
pour prévenir que je serai en arrêt maladie la semaine prochaine
pour décliner poliment une invitation
"""),
    ton=L("""
Ton cordial mais ferme.
Pas trop formel, on se tutoie.
80 mots maximum.
Très poli, s'il te plaît.
-
"""))),
("health", "J'ai {age} ans et depuis {dur} j'ai {sym}. {ctx} {q}", dict(
    age=L("""
31
44
58
66
25
"""),
    dur=L("""
environ deux semaines
quelques jours
un mois
les vacances
"""),
    sym=L("""
une toux sèche
du mal à m'endormir
mal au genou quand je monte les escaliers
des brûlures d'estomac après le dîner
souvent des maux de tête en fin de journée
des plaques qui grattent sur les coudes
"""),
    ctx=L("""
Je n'ai pas de fièvre.
Je travaille assis toute la journée.
Je ne prends aucun médicament.
-
"""),
    q=L("""
Qu'est-ce que ça peut être, et quand faut-il consulter ?
Qu'est-ce que je peux essayer en attendant ?
Quel spécialiste aller voir ?
Qu'est-ce que je dois dire au médecin ?
"""))),
("business", "{k} {f}", dict(
    k=L("""
J'ai un petit salon de coiffure avec trois employées.
On est une start-up de 15 personnes dans la logistique.
Je suis traductrice indépendante.
Je gère une équipe de six personnes au service client.
On vend des bougies artisanales en ligne.
Notre association compte environ 150 adhérents.
"""),
    f=L("""
Comment réduire les rendez-vous annulés à la dernière minute ?
Quel outil simple pour suivre mes recettes et mes dépenses ?
Donne-moi cinq idées de marketing pas chères pour le prochain trimestre.
Comment annoncer une augmentation de tarifs sans perdre les habitués ?
Quels indicateurs suivre chaque semaine ?
Comment organiser les congés d'été de façon équitable ?
"""))),
],
paras=B(r"""
À partir du lundi 4 mars, des travaux de rénovation du réseau d'eau auront lieu rue des Lilas. Ils devraient durer environ trois semaines. Des coupures d'eau de courte durée sont possibles entre 8 h et 16 h. Les riverains seront prévenus la veille par un affichage dans les halls d'immeuble. Nous vous remercions de votre compréhension.

Petit point sur la migration du CRM : environ 70 % des données ont été transférées. Nous avons découvert beaucoup de doublons dans les fiches clients de 2019, qu'il faut nettoyer avant la mise en production. La bascule est donc repoussée au 15 mai au lieu de fin avril. D'ici là, merci de continuer à travailler dans l'ancien outil. Les formations pour l'équipe commerciale auront lieu la première semaine de mai.

Depuis le printemps dernier, je cultive des légumes sur mon balcon, et je suis surprise de tout ce qui pousse sur six mètres carrés. Les tomates, la salade et les herbes aromatiques se débrouillent presque seules, à condition d'arroser tous les jours en été. Avec les courgettes, en revanche, ça n'a pas marché : la plante était bien trop grande pour le bac. Mon conseil principal : peu de variétés, mais dans de grands pots. Et au troisième étage, pas de limaces, heureusement.

Le 26 avril 1986, un réacteur de la centrale de Tchernobyl explose lors d'un essai de sécurité. Un nuage radioactif se disperse sur une grande partie de l'Europe. Les autorités soviétiques ne reconnaissent l'accident que plusieurs jours plus tard. La ville voisine de Pripiat est évacuée et une zone d'exclusion de 30 kilomètres est créée. Aujourd'hui encore, la catastrophe reste la plus grave de l'histoire du nucléaire civil.

J'utilise ce robot cuiseur depuis trois mois et, dans l'ensemble, j'en suis content. Les soupes et les risottos sont vraiment réussis, et le nettoyage est rapide. En revanche, l'application plante régulièrement et certaines recettes sont mal traduites. Le bruit est assez fort quand il mixe à pleine vitesse. Pour le prix, je m'attendais à un peu mieux côté logiciel.

Chers parents, la sortie scolaire au musée des Sciences aura lieu le vendredi 11 octobre. Le car partira de l'école à 8 h 15 et reviendra vers 16 h. Merci de prévoir un pique-nique, une gourde et un vêtement de pluie. La participation de 6 euros est à remettre à l'enseignant avant mercredi. Si votre enfant a une allergie ou un traitement, merci de nous le signaler.

Le télétravail est désormais possible jusqu'à trois jours par semaine, avec l'accord du responsable. Les plages horaires communes restent fixées de 10 h à 15 h. Chaque équipe choisit au moins un jour de présence commun au bureau. Une prime d'équipement de 300 euros est versée une seule fois pour aménager le poste à domicile. Ce dispositif sera réévalué dans six mois.

Pour bien démarrer un compost, l'erreur la plus courante est de mettre trop de déchets de cuisine et pas assez de matières sèches. Comptez environ deux volumes de matières brunes, comme les feuilles mortes ou le carton, pour un volume de matières vertes. Mélangez le tas toutes les une à deux semaines pour l'aérer. S'il sent mauvais, c'est qu'il est trop humide. Après quelques mois, vous obtiendrez un compost sombre qui sent la terre de forêt.
"""),
ptasks=LC(r"""
summarization|Tu peux me résumer ça en deux ou trois phrases ?\n\n{p}
summarization|Quels sont les points clés de ce texte ? Une liste suffit.\n\n{p}
editing|Corrige les fautes d'orthographe et de grammaire, sans changer le style :\n\n{p}
editing|Reformule ce texte sur un ton plus léger, c'est pour notre newsletter :\n\n{p}
editing|Rends ce paragraphe plus court et plus clair :\n\n{p}
translation|Traduis en anglais, s'il te plaît :\n\n{p}
translation|Peux-tu traduire ce texte en espagnol de façon naturelle ?\n\n{p}
writing|Propose un titre accrocheur et un chapeau pour ce texte :\n\n{p}
education|Prépare trois questions de compréhension sur ce texte pour des élèves de 3e :\n\n{p}
"""),
casks=L(r"""
err|J'ai cette erreur et je ne comprends pas pourquoi :\n\n{code}
any|{code}\n\nQu'est-ce qui cloche ?
code|Tu peux m'expliquer ce que fait ce code ?\n\n{code}
any|Je bloque là-dessus depuis une heure, ça marchait hier :\n\n{code}
code|Tu peux rendre ce code plus lisible ? C'est pour une revue de code.\n\n{code}
err|Petite question : d'où vient ce problème ?\n\n{code}\n\nÇa tourne dans un conteneur Docker sous Debian.
"""),
tasks=L(r"""
Voici la réponse de l'API. Rédige une réponse courte et sympa pour l'utilisateur :\n\n{out}
Sortie de l'outil :\n{out}\n\nRésume ça en termes simples.
Tu peux mettre ça sous forme de tableau ?\n\n{out}
Est-ce qu'il y a quelque chose d'inquiétant dans cette sortie ?\n\n{out}
Voici ce que la fonction a renvoyé :\n```\n{out}\n```\nQue doit répondre l'assistant à l'utilisateur ?
"""),
roles=B(r"""
Tu es Léa, l'assistante virtuelle de la Banque du Rhône. Tu réponds aux questions sur les comptes, les cartes, les virements et la banque en ligne.
> Comment augmenter le plafond de ma carte ?
> J'ai perdu ma carte bancaire, que dois-je faire ?
> Pourquoi je vois un prélèvement de 1 € d'un hôtel ?

Tu es l'assistant du service client d'Électricité Azur. Tu aides les clients avec leurs contrats, relevés de compteur et mensualités.
> Comment transmettre mon relevé de compteur ?
> Je déménage en juillet, que dois-je faire ?
> Puis-je baisser ma mensualité ?

Tu es un assistant d'aide aux devoirs pour des collégiens. Explique étape par étape et encourage l'élève à essayer d'abord.
> Je comprends rien aux fractions
> C'est quoi un complément d'objet direct ?
> Tu peux relire mon intro de rédaction ?

Tu es l'assistant de prise de rendez-vous du cabinet médical des Tilleuls. Tu prends, déplaces et annules les rendez-vous. Tu ne poses aucun diagnostic.
> Je peux décaler mon rendez-vous de mardi à jeudi ?
> Faut-il prendre rendez-vous pour une prise de sang ?
> Vous avez des créneaux le samedi ?
"""),
rules=L(r"""
Réponds de manière brève et claire, en trois ou quatre phrases maximum.
Vouvoie toujours le client.
Ne demande jamais de code confidentiel ni de mot de passe.
Si tu n'es pas sûr, dis-le et propose de transférer à un conseiller.
Ne donne pas de conseil juridique ou médical, seulement des informations générales.
Utilise des listes à puces pour les étapes.
Réponds uniquement aux questions liées à nos produits et services.
Nous sommes le {date}. Le service client est ouvert du lundi au vendredi de 9 h à 18 h.
N'invente jamais de tarifs, de numéros de commande ou de délais.
"""),
improve=L(r"""
Voici le prompt système de notre chatbot. Tu peux le rendre plus clair ?\n\n{sys}
Avec ce prompt système, le bot répond beaucoup trop longuement. Qu'est-ce que tu changerais ?\n\n{sys}
"""),
ragi=L(r"""
Réponds à la question uniquement à partir du contexte ci-dessous. Si la réponse n'y est pas, dis-le.\n\nContexte :\n{ctx}\n\nQuestion : {q}
Voici des extraits de notre base de connaissances :\n\n{ctx}\n\nQuestion du client : {q}
<contexte>\n{ctx}\n</contexte>\n\n{q} Cite le numéro de la source.
"""),
rag=B(r"""
# Conditions de retour (janvier 2024)
Les articles peuvent être retournés dans un délai de 30 jours après la livraison, s'ils sont neufs et dans leur emballage d'origine. Les articles soldés marqués « vente finale » ne sont ni repris ni échangés. L'étiquette de retour est disponible dans votre espace client. Le remboursement intervient sous 5 à 7 jours ouvrés après réception du colis.
? Est-ce que je peux retourner un article soldé ?
? Combien de temps prend le remboursement ?

# Notice de la machine à café Arôma 5
Détartrez la machine toutes les 200 tasses ou lorsque le voyant orange s'allume. Remplissez le réservoir avec 500 ml d'eau et un sachet de détartrant. Placez un grand récipient sous la buse et maintenez le bouton vapeur enfoncé pendant cinq secondes. Le cycle dure environ 20 minutes.
? À quelle fréquence faut-il détartrer ?
? Que signifie le voyant orange ?

# Politique de frais de déplacement
Pour les vols de moins de six heures, seule la classe économique est autorisée. Les nuits d'hôtel sont remboursées jusqu'à 140 euros, et jusqu'à 200 euros à Paris, Londres et Genève. Les justificatifs doivent être déposés dans l'outil de notes de frais sous 30 jours.
? Quel est le plafond pour un hôtel à Genève ?
? Puis-je voyager en classe affaires pour un vol de quatre heures ?

# Collecte des encombrants
Chaque foyer peut demander deux collectes gratuites d'encombrants par an. La demande doit être faite en ligne au moins dix jours à l'avance. Les appareils électriques, les pneus et les pots de peinture ne sont pas collectés et doivent être déposés en déchetterie.
? Est-ce qu'ils prennent les vieux frigos ?
? Combien de collectes gratuites par an ?
"""),
)

# ===========================================================================
# SPANISH
# ===========================================================================
LANGS["es"] = dict(
lab=("Reglas:", "Documento", "fuente"),
chit=LC(r"""
hola, ¿estás ahí?
Buenos días, ¿qué tal?
gracias, me sirvió mucho
Cuéntame un chiste
Escribe un poema corto
¿Cuál es la capital de Canadá?
¿Puedes hacerlo más corto?
Un poco más formal, por favor.
Otra vez, pero más gracioso
¿Cuál es la diferencia entre "haber" y "a ver"?
Estoy aburrido, ¿qué hago esta tarde?
buenas noches, hasta mañana!
¿Quién pintó Las Meninas?
Dame tres nombres para nuestro equipo de trivia
vale, así está bien
Recomiéndame un podcast para un viaje largo en coche
Explícame qué es la inflación en dos frases
¿Cuántos gramos tiene una cucharada de azúcar?
¿Es verdad que los camellos guardan agua en la joroba?
¿Algún truco para el hipo?
¿Cuánto tiempo hay que cocer un huevo para que quede pasado por agua?
No, no me refería a eso. Prueba otra vez.
¿Por qué el mar es salado?
Recomiéndame una serie para ver en familia
¡Muchas gracias, que tengas buen día!
""", "chitchat"),
qa=LC(r"""
coding|¿Cómo compruebo en Python si una lista está vacía?
coding|¿Qué diferencia hay entre null y undefined en JavaScript?
coding|¿Cómo mato un proceso que está usando el puerto 8000 en Linux?
coding|Git: ¿cómo deshago el último commit sin perder los cambios?
coding|¿Me explicas qué es una API REST con un ejemplo sencillo?
coding|Escríbeme una consulta SQL que saque el total de ventas por mes del último año. Tabla: ventas(id, fecha, importe).
coding|¿Qué me recomiendas para una web personal sencilla, Astro o Next.js?
coding|¿Cómo hago un BUSCARV en Excel que no devuelva #N/A cuando no encuentra el valor?
coding|Tengo que ejecutar un script de Python cada noche a las 2. ¿Cómo lo programo en cron?
writing|Escribe una invitación para la comida de Navidad de la empresa, el viernes 20 de diciembre, en tono cercano.
writing|Necesito un mensaje de fuera de la oficina: estoy de vacaciones del 1 al 18 de agosto y me sustituye Marta López.
writing|Ayúdame a escribir una carta de motivación para un máster en periodismo de datos.
writing|Escribe un discurso corto para la jubilación de un compañero que lleva 25 años en la empresa.
writing|Dame cinco ideas de publicaciones de Instagram para una panadería de barrio en Valencia.
writing|Redacta una respuesta amable para un candidato que no ha pasado a la siguiente fase.
education|¿Me explicas la diferencia entre el pretérito perfecto y el indefinido? Soy estudiante de español.
education|¿Cómo funciona la fotosíntesis? Es para mi hija de 12 años.
education|¿Cuáles fueron las causas de la Guerra Civil española, a grandes rasgos?
education|Explícame el teorema de Pitágoras con un ejemplo de la vida real.
education|Mañana tengo examen de biología sobre la célula. ¿Me haces preguntas?
education|¿Qué diferencia hay entre tiempo y clima?
health|Me duele la espalda desde que teletrabajo. ¿Qué ejercicios sencillos puedo hacer y cuándo debería ir al médico?
health|Mi hija de 3 años tiene 38 de fiebre pero está jugando. ¿Cuándo tengo que llamar al pediatra?
health|¿Es normal sentirse cansado un par de días después de la vacuna de la gripe?
health|¿Qué preguntas le hago al médico si me han dicho que tengo el colesterol alto?
health|¿Cómo puedo apoyar a una amiga que está pasando por una depresión?
legal|Mi casero no me devuelve la fianza y ya han pasado dos meses. ¿Qué puedo hacer?
legal|¿Cuántos días tengo para devolver una compra online en España?
legal|¿Qué diferencia hay entre ser autónomo y montar una sociedad limitada?
legal|¿Puede mi empresa cambiarme el horario sin avisarme?
legal|¿Cómo se recurre una multa de tráfico?
travel|¿Qué no me puedo perder en Sevilla si solo tengo dos días?
travel|¿Compensa el AVE o el avión para ir de Madrid a Barcelona?
travel|¿Qué llevo en la maleta para una semana de senderismo en los Picos de Europa en octubre?
travel|¿Necesito visado para viajar a Japón con pasaporte mexicano?
travel|Ideas de excursiones de un día desde Ciudad de México sin coche.
cooking|¿Qué puedo hacer con pan duro?
cooking|¿Cómo consigo que la tortilla de patatas quede jugosa por dentro?
cooking|¿Con qué sustituyo la nata en una salsa carbonara? Aunque ya sé que la auténtica no lleva.
cooking|Una cena vegetariana rápida con garbanzos.
cooking|¿Por qué se me corta la mayonesa?
business|¿Cómo calculo mi tarifa por hora como diseñadora freelance?
business|¿Qué preguntas debería hacer en una evaluación de desempeño anual?
business|Propón un orden del día para una reunión de equipo de 45 minutos.
business|¿Cómo comunico una subida de precios a mis clientes sin perderlos?
business|¿Qué diferencia hay entre facturación y beneficio?
customer_support|Hola, mi pedido 77120 lleva 10 días en camino y no llega. ¿Pueden revisarlo?
customer_support|Quiero darme de baja de la fibra. ¿Cómo lo hago y hay permanencia?
customer_support|Me han cobrado dos veces la cuota de este mes. Solicito el reembolso.
customer_support|La lavadora marca el error E21 y no desagua. ¿Qué puedo revisar yo?
customer_support|¿Puedo cambiar la dirección de entrega de un pedido que ya ha salido?
roleplay|¿Hacemos una simulación de entrevista de trabajo? Tú eres la reclutadora y yo me presento para un puesto de administrativo.
roleplay|Haz de camarero en un bar de tapas de Madrid y yo practico cómo pedir.
roleplay|Eres un guía en la Alhambra en el siglo XV. ¡Enséñamela!
roleplay|Sé mi rival en un debate: ¿deberían prohibirse los coches en el centro de las ciudades? Tú estás en contra.
general|¿Cómo quito la cal del hervidor?
general|¿Qué plantas de interior no son tóxicas para los gatos?
general|¿Cómo empiezo a correr si nunca he hecho deporte?
general|Ideas para un cumpleaños infantil en casa, 8 niños de unos 6 años.
general|¿Cómo funciona una bomba de calor, así por encima?
general|El lunes tengo que hacer una presentación y estoy muy nerviosa. ¿Algún consejo?
"""),
frames=[
("cooking", "Tengo {z} {wo}. {e} {f}", dict(
    z=L("""
patatas, un puerro y un poco de panceta
un calabacín, queso feta y pasta
restos de pollo asado, arroz y un pimiento
lentejas rojas, zanahorias y leche de coco
tres huevos, espinacas y un poco de queso manchego
una coliflor, garbanzos y curry
carne picada, tomate triturado y alubias rojas
"""),
    wo=L("""
en la nevera
que me sobraron del finde
y poco más
-
"""),
    e=L("""
Cocino para dos niños que no soportan el picante.
Solo tengo una sartén, no tengo horno.
Tiene que estar listo en media hora.
Mi pareja no come carne.
-
"""),
    f=L("""
¿Qué puedo preparar?
¿Me das una receta con los pasos?
Dame dos ideas, una rápida y otra más elaborada.
¿Tú qué harías?
"""))),
("travel", "{qui} {ou} {duree} en {mes}. {pref} {q}", dict(
    qui=L("""
Mi pareja y yo nos vamos
Vamos en familia con dos niños de 5 y 9 años
Viajo sola
Voy con mis padres, que tienen más de 70 años,
Somos cuatro amigas y nos vamos
"""),
    ou=L("""
a Lisboa
a Asturias
a Sicilia
a Escocia
a Praga
a los Pirineos
a Marruecos
a Oaxaca
"""),
    duree=L("""
un fin de semana largo
una semana
diez días
dos semanas
"""),
    mes=L("""
mayo
septiembre
octubre
julio
febrero
"""),
    pref=L("""
Nos gusta caminar, pero nada extremo.
Vamos con poco presupuesto.
No tenemos coche.
Nos importa más comer bien que ver monumentos.
-
"""),
    q=L("""
¿Me propones una ruta?
¿Qué no nos podemos perder?
¿En qué zona nos conviene alojarnos?
¿Qué tiempo suele hacer y qué metemos en la maleta?
"""))),
("writing", "Escribe {t} a {d} {b}. {ton}", dict(
    t=L("""
un correo corto
un mensaje de Slack
una carta formal
un WhatsApp
"""),
    d=L("""
mi jefa
un cliente
el administrador de la comunidad
la tutora de mi hijo
un proveedor
mi equipo
"""),
    b=L("""
para pedir que movamos la reunión del viernes
avisando de que el proyecto se retrasa una semana
para agradecerle la ayuda con la mudanza
preguntando si han revisado mi presupuesto
avisando de que estaré de baja la semana que viene
para rechazar con educación una invitación
"""),
    ton=L("""
Tono cordial pero firme.
Nada de formalidades, nos tuteamos.
Máximo 80 palabras.
Muy educado, por favor.
-
"""))),
("health", "Tengo {age} años y desde hace {dur} tengo {sym}. {ctx} {q}", dict(
    age=L("""
33
47
59
68
24
"""),
    dur=L("""
unas dos semanas
unos días
un mes
las vacaciones
"""),
    sym=L("""
tos seca
problemas para dormirme
dolor en la rodilla al subir escaleras
acidez después de cenar
dolores de cabeza casi todas las tardes
manchas que pican en los codos
"""),
    ctx=L("""
No tengo fiebre.
Paso todo el día sentado frente al ordenador.
No tomo ninguna medicación.
-
"""),
    q=L("""
¿Qué puede ser y cuándo debería ir al médico?
¿Qué puedo probar mientras tanto en casa?
¿A qué especialista debería pedir cita?
¿Qué le debería contar al médico?
"""))),
("business", "{k} {f}", dict(
    k=L("""
Tengo una peluquería pequeña con tres empleadas.
Somos una startup de 15 personas que hace software de logística.
Soy traductora autónoma.
Dirijo un equipo de seis personas en atención al cliente.
Vendemos jabones artesanales por internet.
Nuestra asociación de vecinos tiene unos 200 socios.
"""),
    f=L("""
¿Cómo reduzco las citas que se cancelan a última hora?
¿Qué herramienta sencilla me recomiendas para controlar ingresos y gastos?
Dame cinco ideas de marketing baratas para el próximo trimestre.
¿Cómo anuncio una subida de precios sin perder a los clientes de siempre?
¿Qué indicadores debería revisar cada semana?
¿Cómo organizo las vacaciones de verano de forma justa?
"""))),
],
paras=B(r"""
A partir del lunes 4 de marzo se renovará la red de agua en la calle Mayor. Las obras durarán unas tres semanas. Durante este tiempo puede haber cortes breves de suministro entre las 8:00 y las 16:00. Los vecinos serán avisados el día anterior mediante carteles en los portales. Disculpen las molestias.

Os cuento cómo va la migración al nuevo CRM: ya hemos pasado alrededor del 70 % de los datos. Hemos encontrado muchos clientes duplicados de 2019 y hay que limpiarlos antes de ponerlo en marcha. Por eso el cambio se retrasa al 15 de mayo en lugar de finales de abril. Hasta entonces, seguid trabajando con la herramienta antigua. La formación para el equipo comercial será la primera semana de mayo.

Desde la primavera pasada cultivo verduras en mi terraza y me sorprende todo lo que crece en seis metros cuadrados. Los tomates, la lechuga y las hierbas aromáticas casi se cuidan solos, siempre que riegues a diario en verano. Con los calabacines no tuve suerte: la planta era demasiado grande para la maceta. Mi consejo: pocas variedades, pero en macetas grandes. Y en un tercer piso, por suerte, no hay caracoles.

El 20 de julio de 1969, el módulo lunar Eagle se posó en el Mar de la Tranquilidad. Unas seis horas después, Neil Armstrong bajó la escalerilla y pisó la superficie de la Luna. Buzz Aldrin lo siguió poco después, mientras Michael Collins esperaba en órbita. Los astronautas recogieron muestras de roca y colocaron varios instrumentos científicos. Se calcula que unos 600 millones de personas siguieron la retransmisión en directo.

Llevo tres meses usando este robot aspirador y, en general, estoy contento. Limpia bien el suelo de la cocina y el salón, y la app es bastante intuitiva. Eso sí, se atasca con los cables y con las alfombras de pelo largo. La batería dura una hora más o menos, suficiente para un piso de 80 metros. Por el precio, creo que merece la pena.

Queridas familias: la excursión al Museo de Ciencias será el viernes 11 de octubre. El autobús saldrá del colegio a las 8:15 y volverá hacia las 16:00. Los niños deben llevar comida, una botella de agua y un chubasquero. El precio de la actividad es de 6 euros, que se entregarán al tutor antes del miércoles. Si vuestro hijo tiene alguna alergia o toma medicación, avisadnos, por favor.

Desde el 1 de julio se podrá teletrabajar hasta tres días por semana, siempre con el visto bueno del responsable. El horario común de 10:00 a 15:00 se mantiene. Cada equipo acordará al menos un día a la semana de oficina. La empresa pagará una ayuda única de 300 euros para el equipamiento en casa. La medida se revisará dentro de seis meses.

El error más habitual al empezar con el compost es echar demasiados restos de cocina y poco material seco. Como regla general, conviene usar dos partes de material marrón, como hojas secas o cartón, por una parte de material verde. Hay que remover el montón cada una o dos semanas para que le entre aire. Si huele mal, suele ser porque está demasiado húmedo. Al cabo de unos meses tendrás un compost oscuro que huele a tierra de bosque.
"""),
ptasks=LC(r"""
summarization|¿Me lo resumes en dos o tres frases?\n\n{p}
summarization|¿Cuáles son los puntos principales de este texto? En lista, por favor.\n\n{p}
editing|Corrige las faltas de ortografía y de puntuación sin cambiar el estilo:\n\n{p}
editing|Reescríbelo en un tono más desenfadado, es para la newsletter:\n\n{p}
editing|Hazlo más corto y más claro:\n\n{p}
translation|Tradúcelo al inglés, por favor:\n\n{p}
translation|¿Puedes traducir esto al portugués de forma natural?\n\n{p}
writing|Propón un titular llamativo y una entradilla para este texto:\n\n{p}
education|Prepara tres preguntas de comprensión lectora sobre este texto para 3.º de la ESO:\n\n{p}
"""),
casks=L(r"""
err|Me sale este error y no entiendo por qué:\n\n{code}
any|{code}\n\n¿Qué está mal aquí?
code|¿Me explicas qué hace este código?\n\n{code}
any|Llevo una hora atascado con esto, ayer funcionaba:\n\n{code}
code|¿Puedes dejarlo más legible? Es para una revisión de código.\n\n{code}
err|Pregunta rápida: ¿a qué se debe esto?\n\n{code}\n\nCorre en un contenedor Docker con Debian.
"""),
tasks=L(r"""
Esta es la respuesta de la API. Redacta una respuesta breve y amable para el usuario:\n\n{out}
Salida de la herramienta:\n{out}\n\nResúmelo en palabras sencillas.
¿Puedes pasarlo a una tabla?\n\n{out}
¿Hay algo preocupante en esta salida?\n\n{out}
Esto es lo que devolvió la función:\n```\n{out}\n```\n¿Qué debería contestarle el asistente al usuario?
"""),
roles=B(r"""
Eres Sofía, la asistente virtual de Banco Horizonte. Respondes dudas sobre cuentas, tarjetas, transferencias y banca online.
> ¿Cómo subo el límite diario de mi tarjeta?
> He perdido la tarjeta, ¿qué hago?
> ¿Por qué tengo un cargo pendiente de 1 euro de un hotel?

Eres el asistente de atención al cliente de Energía Solana. Ayudas con contratos de luz y gas, lecturas de contador y facturas.
> ¿Cómo envío la lectura del contador?
> Me mudo en junio, ¿qué tengo que hacer?
> ¿Por qué mi última factura es tan alta?

Eres un asistente de deberes para alumnos de secundaria. Explica paso a paso y anima al alumno a intentarlo primero.
> No entiendo las ecuaciones de segundo grado
> ¿Qué es un complemento directo?
> ¿Me revisas la introducción de mi redacción?

Eres el asistente de citas de la Clínica Dental Sonrisa. Das, cambias y anulas citas. No haces diagnósticos.
> ¿Puedo cambiar mi cita del martes al jueves por la tarde?
> ¿Trabajáis con Sanitas?
> Se me ha caído un empaste, ¿cuándo me podéis ver?
"""),
rules=L(r"""
Responde de forma breve y clara, con un máximo de cuatro frases.
Trata al cliente de usted.
Nunca pidas el PIN ni contraseñas.
Si no estás seguro, dilo y ofrece pasar la consulta a un agente.
No des asesoramiento legal ni médico, solo información general.
Usa listas para los pasos a seguir.
Responde solo a preguntas relacionadas con nuestros productos y servicios.
Hoy es {date}. El horario de atención es de lunes a viernes de 9:00 a 18:00.
No te inventes precios, números de pedido ni plazos.
"""),
improve=L(r"""
Este es el prompt de sistema de nuestro chatbot. ¿Puedes mejorarlo para que sea más claro?\n\n{sys}
Con este prompt de sistema el bot se enrolla demasiado. ¿Qué cambiarías?\n\n{sys}
"""),
ragi=L(r"""
Responde a la pregunta usando solo el contexto de abajo. Si la respuesta no está, dilo.\n\nContexto:\n{ctx}\n\nPregunta: {q}
Estos son fragmentos de nuestra base de conocimiento:\n\n{ctx}\n\nPregunta del cliente: {q}
<contexto>\n{ctx}\n</contexto>\n\n{q} Indica el número de la fuente.
"""),
rag=B(r"""
# Política de devoluciones (enero de 2024)
Puedes devolver los artículos en un plazo de 30 días desde la entrega, siempre que no se hayan usado y estén en su embalaje original. Los artículos rebajados marcados como "venta final" no admiten devolución. La etiqueta de devolución está disponible en tu área de cliente. El reembolso se hace en 5 a 7 días hábiles desde que recibimos el paquete.
? ¿Puedo devolver algo rebajado?
? ¿Cuánto tarda el reembolso?

# Manual de la cafetera Aroma 5
Descalcifica la cafetera cada 200 tazas o cuando se encienda el piloto naranja. Llena el depósito con 500 ml de agua y un sobre de descalcificador. Coloca un recipiente grande bajo la salida y mantén pulsado el botón de vapor cinco segundos. El ciclo dura unos 20 minutos.
? ¿Cada cuánto hay que descalcificar?
? ¿Qué significa la luz naranja?

# Política de gastos de viaje
En vuelos de menos de seis horas solo se permite clase turista. El hotel se reembolsa hasta 130 euros por noche, y hasta 190 en Madrid, Londres y París. Los tiques deben subirse a la herramienta de gastos en un plazo de 30 días.
? ¿Cuánto puedo gastar en hotel en París?
? ¿Hasta cuándo tengo para subir los tiques?

# Recogida de muebles y enseres
El ayuntamiento recoge muebles y enseres de forma gratuita previa solicitud. La cita se pide por teléfono o en la web con al menos cinco días de antelación. Los objetos deben dejarse junto al portal la noche anterior, a partir de las 20:00. No se recogen escombros, neumáticos ni pinturas.
? ¿Recogen restos de obra?
? ¿A qué hora saco el sofá a la calle?
"""),
)

# ===========================================================================
# INDONESIAN
# ===========================================================================
LANGS["id"] = dict(
lab=("Aturan:", "Dokumen", "sumber"),
chit=LC(r"""
halo, ada orang?
Selamat pagi, apa kabar?
makasih, udah berhasil
Ceritain lelucon dong
Tulis puisi pendek tentang hujan
Ibu kota Australia apa ya?
Bisa dibikin lebih singkat?
Tolong dibuat lebih formal.
Ulangi, tapi lebih lucu
Apa bedanya "di" yang dipisah dan yang disambung?
Aku lagi bosan, ada ide kegiatan buat malam ini?
selamat malam, makasih ya!
Siapa penemu lampu pijar?
Kasih tiga ide nama grup buat lomba cerdas cermat
oke, gitu aja
Rekomendasi podcast buat perjalanan mudik dong
Jelasin inflasi dalam dua kalimat
Satu sendok makan gula itu berapa gram?
Bener nggak sih kucing selalu jatuh dengan kaki duluan?
Gimana cara berhenti cegukan?
Berapa menit rebus telur biar setengah matang?
Bukan itu maksudku. Coba lagi ya.
Kenapa langit warnanya biru?
Film apa yang seru buat ditonton bareng keluarga?
Terima kasih banyak ya!
""", "chitchat"),
qa=LC(r"""
coding|Gimana cara cek apakah sebuah file ada di Python sebelum dibuka?
coding|Apa bedanya == dan === di JavaScript?
coding|Cara mematikan proses yang memakai port 8080 di Windows gimana?
coding|Git: gimana cara membatalkan commit terakhir tapi perubahannya tetap ada?
coding|Tolong jelasin apa itu indeks di database dan kapan perlu dipakai.
coding|Buatkan query SQL untuk menghitung jumlah pesanan per pelanggan bulan lalu. Tabel: pelanggan(id, nama), pesanan(id, pelanggan_id, tanggal).
coding|Untuk aplikasi kasir sederhana, mending pakai Laravel atau Django?
coding|Gimana rumus Excel untuk menghitung rata-rata tapi sel kosong diabaikan?
coding|Aku mau jalankan script backup tiap jam 2 pagi di server Ubuntu. Cara setting cron-nya gimana?
writing|Tolong buatkan undangan syukuran rumah baru hari Minggu, 14 Juli, bahasanya santai aja.
writing|Aku butuh pesan balasan otomatis email: cuti tanggal 1–12 Agustus, selama cuti hubungi Mbak Rina.
writing|Bantu aku menulis surat lamaran kerja untuk posisi staf administrasi di rumah sakit swasta.
writing|Buatkan kata sambutan singkat untuk acara perpisahan rekan kerja yang pensiun setelah 30 tahun.
writing|Kasih lima ide konten Instagram untuk warung kopi di Yogyakarta.
writing|Tolong tulis caption ulang tahun untuk ibuku yang ke-60, yang menyentuh tapi nggak lebay.
education|Jelaskan perbedaan kalimat aktif dan pasif, untuk anak SD kelas 5.
education|Bagaimana proses fotosintesis terjadi?
education|Apa saja latar belakang Sumpah Pemuda 1928?
education|Tolong jelaskan teorema Pythagoras dengan contoh sehari-hari.
education|Besok aku ulangan biologi tentang sistem pencernaan. Bisa kasih aku soal latihan?
education|Apa bedanya cuaca dan iklim?
health|Punggungku sering pegal sejak kerja dari rumah. Ada peregangan sederhana? Kapan sebaiknya ke dokter?
health|Anakku umur 2 tahun demam 38,5 tapi masih aktif main. Kapan harus dibawa ke dokter?
health|Wajar nggak sih badan lemas sehari setelah vaksin?
health|Apa saja yang perlu aku tanyakan ke dokter setelah didiagnosis hipertensi?
health|Gimana cara mendukung teman yang sedang mengalami depresi?
legal|Pemilik kos nggak mau mengembalikan uang deposit. Apa yang bisa aku lakukan?
legal|Apa bedanya CV dan PT untuk usaha kecil?
legal|Kalau kontrak kerja nggak menyebut lembur, apakah aku wajib lembur?
legal|Bagaimana cara mengurus surat wasiat yang sah?
legal|Belanja online barangnya rusak dan penjual nggak merespons. Langkah apa yang bisa aku ambil?
travel|Apa saja yang wajib dikunjungi di Bandung kalau cuma dua hari?
travel|Ke Labuan Bajo bagusnya bulan apa?
travel|Apa yang perlu dibawa untuk naik Gunung Prau pertama kali?
travel|Apakah pemegang paspor Indonesia perlu visa ke Jepang?
travel|Rekomendasi itinerary 4 hari di Bali untuk keluarga dengan balita.
cooking|Nasi sisa semalam enaknya diolah jadi apa?
cooking|Gimana caranya bikin rendang yang bumbunya meresap?
cooking|Santan bisa diganti apa kalau mau masakan yang lebih ringan?
cooking|Resep sayur bening bayam yang simpel dong.
cooking|Kenapa tempe gorengku selalu keras?
business|Gimana cara menghitung harga jual produk kue rumahan?
business|Apa saja pertanyaan yang bagus untuk evaluasi kinerja karyawan?
business|Buatkan agenda rapat tim selama 45 menit.
business|Gimana cara memberi tahu pelanggan soal kenaikan harga tanpa bikin mereka kabur?
business|Apa bedanya omzet dan laba?
customer_support|Halo, pesanan saya nomor 88231 sudah 10 hari belum sampai. Bisa dicek?
customer_support|Saya mau berhenti berlangganan internet rumah. Caranya bagaimana?
customer_support|Saldo saya terpotong dua kali untuk satu transaksi. Mohon dibantu.
customer_support|Aplikasi selalu keluar sendiri waktu saya mau upload foto KTP. HP saya Android 13.
customer_support|Apakah alamat pengiriman masih bisa diubah kalau paket sudah dikirim?
roleplay|Ayo latihan wawancara kerja. Kamu jadi HRD, aku melamar jadi staf marketing.
roleplay|Pura-pura jadi penjual di pasar, aku mau latihan menawar harga dalam bahasa Jawa.
roleplay|Kamu jadi pemandu wisata di Candi Borobudur. Ajak aku keliling!
roleplay|Jadi lawan debatku ya: perlukah kendaraan pribadi dibatasi di Jakarta? Kamu di pihak kontra.
general|Cara menghilangkan kerak di panci gimana?
general|Tanaman hias apa yang aman untuk kucing?
general|Gimana mulai rutin lari kalau selama ini jarang olahraga?
general|Ide acara ulang tahun anak 6 tahun di rumah dengan budget terbatas?
general|Minggu depan aku harus presentasi di depan direksi dan deg-degan banget. Ada tips?
general|Gimana cara kerja panel surya di atap rumah?
"""),
frames=[
("cooking", "Di kulkas tinggal {z}. {e} {f}", dict(
    z=L("""
tahu, tauge, dan sedikit kecap
ayam sisa kemarin, nasi, dan wortel
tempe, kacang panjang, dan cabai
telur tiga butir, bayam, dan keju
kentang, buncis, dan daging giling
mi instan, sawi, dan bakso
ikan tongkol, tomat, dan kemangi
"""),
    e=L("""
Anak-anak nggak suka pedas.
Aku cuma punya satu wajan dan rice cooker.
Harus jadi dalam 30 menit.
Suamiku lagi diet rendah garam.
-
"""),
    f=L("""
Enaknya dimasak apa?
Ada resep lengkap dengan langkah-langkahnya?
Kasih dua ide ya, satu yang cepat dan satu yang agak spesial.
Kalau kamu, mau masak apa?
"""))),
("travel", "{qui} mau ke {ou} selama {dur} bulan {mes}. {pref} {q}", dict(
    qui=L("""
Aku dan suami
Kami sekeluarga dengan dua anak (5 dan 9 tahun)
Aku sendirian
Aku dan orang tuaku yang sudah di atas 70 tahun
Kami berempat, teman kuliah,
"""),
    ou=L("""
Yogyakarta
Lombok
Singapura
Seoul
Malang
Danau Toba
Penang
Tokyo
"""),
    dur=L("""
tiga hari
seminggu
sepuluh hari
dua minggu
"""),
    mes=L("""
Juni
Desember
Agustus
Maret
Oktober
"""),
    pref=L("""
Kami suka kulineran dan jalan kaki santai.
Budget-nya pas-pasan.
Kami nggak bawa kendaraan.
Lebih suka alam daripada mal.
-
"""),
    q=L("""
Bisa bantu susun itinerary-nya?
Apa yang nggak boleh dilewatkan?
Sebaiknya menginap di daerah mana?
Cuacanya biasanya gimana dan apa yang perlu dibawa?
"""))),
("writing", "Tolong buatkan {t} untuk {d}, {b}. {ton}", dict(
    t=L("""
email singkat
pesan WhatsApp
surat resmi
pesan Slack
"""),
    d=L("""
atasan saya
klien
pengurus RT
wali kelas anak saya
supplier
tim saya
"""),
    b=L("""
minta rapat hari Jumat diundur
memberi tahu proyek mundur seminggu
berterima kasih atas bantuan waktu pindahan
menanyakan kabar penawaran yang saya kirim
mengabarkan saya sakit dan izin minggu depan
menolak undangan dengan sopan
"""),
    ton=L("""
Bahasanya sopan tapi tegas.
Santai aja, kami sudah akrab.
Maksimal 80 kata.
-
"""))),
("health", "Umur saya {age} tahun, sudah {dur} ini saya {sym}. {ctx} {q}", dict(
    age=L("""
30
42
55
65
23
"""),
    dur=L("""
sekitar dua minggu
beberapa hari
sebulan
seminggu
"""),
    sym=L("""
batuk kering
susah tidur
nyeri lutut kalau naik tangga
sering maag setelah makan malam
sering pusing di sore hari
gatal-gatal di siku
"""),
    ctx=L("""
Tidak ada demam.
Saya kerja duduk seharian.
Saya tidak minum obat apa pun.
-
"""),
    q=L("""
Kira-kira kenapa ya, dan kapan sebaiknya ke dokter?
Apa yang bisa saya coba dulu di rumah?
Sebaiknya periksa ke dokter spesialis apa?
Apa yang perlu saya ceritakan ke dokter?
"""))),
("business", "{k} {f}", dict(
    k=L("""
Saya punya usaha laundry kiloan dengan empat karyawan.
Kami startup 15 orang di bidang software logistik.
Saya penerjemah lepas.
Saya memimpin tim customer service berisi enam orang.
Kami jualan sambal kemasan lewat marketplace.
Saya buka warung makan kecil dekat kampus.
"""),
    f=L("""
Gimana cara mencatat pemasukan dan pengeluaran yang simpel?
Kasih lima ide promosi murah untuk tiga bulan ke depan.
Gimana cara mengumumkan kenaikan harga tanpa kehilangan pelanggan setia?
Angka apa saja yang sebaiknya saya pantau tiap minggu?
Bagaimana mengatur jadwal cuti karyawan saat Lebaran supaya adil?
Bagaimana cara mendapat ulasan bagus di Google Maps?
"""))),
],
paras=B(r"""
Mulai Senin, 4 Maret, akan dilakukan perbaikan pipa PDAM di sepanjang Jalan Melati. Pekerjaan diperkirakan berlangsung sekitar tiga minggu. Selama itu, aliran air bisa terhenti sementara antara pukul 08.00 dan 16.00. Warga akan diberi tahu sehari sebelumnya melalui pengumuman di pos RT. Mohon maaf atas ketidaknyamanannya.

Update singkat soal migrasi CRM: sekitar 70 persen data sudah dipindahkan. Ternyata banyak data pelanggan tahun 2019 yang dobel, jadi harus dibersihkan dulu sebelum sistem baru dipakai. Karena itu, peralihan diundur ke 15 Mei, bukan akhir April. Sampai saat itu, semua tetap pakai sistem lama ya. Pelatihan untuk tim sales dijadwalkan minggu pertama Mei.

Sejak tahun lalu aku menanam sayur di teras rumah yang sempit, dan hasilnya ternyata lumayan. Cabai, kangkung, dan daun bawang tumbuh subur asal disiram pagi dan sore. Tomat agak rewel karena sering diserang kutu putih. Saranku, mulai dari tanaman yang gampang dulu dan pakai pot yang cukup besar. Sekarang aku jarang beli cabai di pasar.

Pada 17 Agustus 1945, Soekarno dan Mohammad Hatta membacakan teks Proklamasi Kemerdekaan Indonesia di Jalan Pegangsaan Timur 56, Jakarta. Teks tersebut disusun pada dini hari di rumah Laksamana Maeda. Upacara berlangsung sederhana dan dihadiri sekitar seribu orang. Bendera Merah Putih yang dijahit oleh Fatmawati dikibarkan untuk pertama kalinya. Berita proklamasi kemudian disebarkan melalui radio dan surat kabar.

Aku sudah pakai rice cooker ini sekitar tiga bulan. Nasinya pulen dan nggak gampang kering walaupun dihangatkan seharian. Fitur timer-nya juga berguna buat pagi hari. Kekurangannya, bagian tutupnya susah dibersihkan dan ada bau plastik di minggu pertama. Untuk harga segini menurutku masih worth it.

Kepada Bapak/Ibu orang tua murid, kegiatan kunjungan ke museum akan dilaksanakan pada hari Jumat, 11 Oktober. Bus berangkat dari sekolah pukul 07.30 dan kembali sekitar pukul 14.00. Mohon siswa membawa bekal makan siang, air minum, dan jas hujan. Biaya kegiatan sebesar Rp50.000 dibayarkan kepada wali kelas paling lambat hari Rabu. Jika anak memiliki alergi atau sedang minum obat, mohon diinformasikan kepada kami.
"""),
ptasks=LC(r"""
summarization|Tolong ringkas jadi dua atau tiga kalimat:\n\n{p}
summarization|Apa poin-poin penting dari teks ini? Dalam bentuk daftar aja.\n\n{p}
editing|Tolong perbaiki ejaan dan tanda bacanya, gaya bahasanya jangan diubah:\n\n{p}
editing|Tulis ulang dengan bahasa yang lebih santai, ini buat newsletter:\n\n{p}
editing|Bikin paragraf ini lebih ringkas dan jelas:\n\n{p}
translation|Terjemahkan ke bahasa Inggris ya:\n\n{p}
translation|Tolong terjemahkan ke bahasa Jepang dengan bahasa yang sopan:\n\n{p}
writing|Buatkan judul yang menarik untuk tulisan ini:\n\n{p}
education|Buat tiga soal pemahaman bacaan dari teks ini untuk siswa SMP:\n\n{p}
"""),
casks=L(r"""
err|Aku dapat error ini dan nggak ngerti kenapa:\n\n{code}
any|{code}\n\nYang salah di mana ya?
code|Bisa jelasin kode ini ngapain aja?\n\n{code}
any|Udah sejam aku stuck di sini, padahal kemarin jalan:\n\n{code}
code|Tolong rapikan kode ini biar lebih mudah dibaca:\n\n{code}
err|Mau tanya, ini kenapa ya?\n\n{code}\n\nJalan di container Docker, Ubuntu 22.04.
"""),
tasks=L(r"""
Ini respons dari API. Tolong buatkan jawaban singkat dan ramah untuk pengguna:\n\n{out}
Output tool:\n{out}\n\nJelaskan dengan bahasa sederhana.
Bisa dijadikan tabel?\n\n{out}
Ada yang perlu dikhawatirkan dari output ini?\n\n{out}
Ini hasil dari function call:\n```\n{out}\n```\nAsisten sebaiknya jawab apa ke pengguna?
"""),
roles=B(r"""
Kamu adalah Sari, asisten virtual Bank Nusantara. Kamu membantu nasabah soal rekening, kartu debit, transfer, dan mobile banking.
> Gimana cara menaikkan limit transfer harian?
> Kartu ATM saya hilang, apa yang harus saya lakukan?
> Kenapa ada potongan Rp1 dari merchant yang nggak saya kenal?

Kamu adalah asisten layanan pelanggan TokoKita, marketplace online. Kamu membantu soal pesanan, pengembalian dana, dan pengiriman.
> Paket saya belum sampai padahal statusnya sudah diterima.
> Bagaimana cara mengajukan retur?
> Kapan dana refund masuk ke rekening?

Kamu adalah tutor belajar untuk siswa SMP. Jelaskan langkah demi langkah dan dorong siswa untuk mencoba sendiri dulu.
> Aku nggak ngerti cara menghitung luas lingkaran
> Apa itu majas personifikasi?
> Bisa cek paragraf pembuka karanganku?

Kamu adalah asisten pendaftaran Klinik Sehat Sentosa. Kamu membantu membuat, mengubah, dan membatalkan jadwal periksa. Kamu tidak memberikan diagnosis.
> Bisa pindah jadwal dari Selasa ke Kamis sore?
> Apakah klinik menerima BPJS?
> Dokter gigi praktik hari Sabtu nggak?
"""),
rules=L(r"""
Jawab dengan singkat dan jelas, maksimal empat kalimat.
Gunakan bahasa Indonesia yang sopan dan panggil pengguna dengan "Kak".
Jangan pernah meminta PIN, OTP, atau kata sandi.
Kalau tidak yakin, katakan terus terang dan tawarkan untuk menghubungkan ke petugas.
Jangan memberikan nasihat hukum atau medis, hanya informasi umum.
Gunakan daftar bernomor untuk langkah-langkah.
Hanya jawab pertanyaan yang berkaitan dengan produk dan layanan kami.
Hari ini tanggal {date}. Layanan pelanggan buka Senin–Jumat pukul 08.00–17.00.
Jangan mengarang harga, nomor pesanan, atau tenggat waktu.
"""),
improve=L(r"""
Ini system prompt chatbot kami. Bisa dibuat lebih jelas?\n\n{sys}
Pakai system prompt ini, jawabannya bot terlalu panjang. Sebaiknya diubah bagaimana?\n\n{sys}
"""),
ragi=L(r"""
Jawab pertanyaan hanya berdasarkan konteks di bawah. Kalau jawabannya tidak ada, bilang tidak tahu.\n\nKonteks:\n{ctx}\n\nPertanyaan: {q}
Berikut potongan dari basis pengetahuan kami:\n\n{ctx}\n\nPertanyaan pelanggan: {q}
<konteks>\n{ctx}\n</konteks>\n\n{q} Sebutkan nomor sumbernya.
"""),
rag=B(r"""
# Kebijakan pengembalian barang (Januari 2024)
Barang dapat dikembalikan dalam 7 hari setelah diterima, dengan syarat belum dipakai dan masih dalam kemasan asli. Produk promo bertanda "tidak bisa retur" tidak dapat dikembalikan. Pengajuan retur dilakukan melalui menu Pesanan Saya di aplikasi. Dana dikembalikan dalam 3 sampai 5 hari kerja setelah barang diterima gudang.
? Apakah barang promo bisa diretur?
? Berapa lama dana refund masuk?

# Panduan penggunaan rice cooker Nasi Pulen 2
Gunakan gelas takar yang disertakan untuk mengukur beras. Untuk nasi biasa, tambahkan air sampai garis sesuai jumlah gelas beras. Tekan tombol Cook, lampu akan berubah hijau saat nasi sudah matang dan masuk mode Warm. Jangan membuka tutup selama proses memasak.
? Bagaimana tahu nasinya sudah matang?
? Boleh buka tutup waktu masak?

# Aturan perjalanan dinas
Untuk penerbangan di bawah enam jam, karyawan wajib memilih kelas ekonomi. Biaya hotel diganti maksimal Rp900.000 per malam, dan Rp1.300.000 untuk Jakarta dan Bali. Bukti pembayaran harus diunggah ke sistem paling lambat 30 hari setelah perjalanan.
? Berapa batas biaya hotel di Bali?
? Kapan batas unggah bukti pembayaran?

# Info layanan pengangkutan sampah besar
Warga dapat mengajukan pengangkutan sampah besar seperti kasur dan lemari dua kali setahun tanpa biaya. Permohonan diajukan lewat aplikasi kelurahan paling lambat tujuh hari sebelumnya. Barang elektronik, ban, dan sisa cat tidak diangkut.
? Apakah kasur bekas bisa diangkut?
? Berapa kali layanan ini gratis?
"""),
)

# ===========================================================================
# CHINESE (SIMPLIFIED)
# ===========================================================================
LANGS["zh"] = dict(
lab=("规则：", "文档", "来源"),
chit=LC(r"""
你好，在吗？
早上好！今天心情怎么样？
谢谢，搞定了
给我讲个笑话吧
写一首关于秋天的短诗
澳大利亚的首都是哪里？
能再短一点吗？
语气正式一点
再来一遍，这次幽默一点
"的""地""得"到底怎么区分？
好无聊啊，今晚干点什么好？
晚安，明天见～
造纸术是谁发明的？
帮我们的知识竞赛小组起三个队名
好的，就这样吧
推荐一个适合开长途车时听的播客
用两句话解释一下什么是通货膨胀
一汤匙白糖大概多少克？
金鱼的记忆真的只有七秒吗？
打嗝停不下来怎么办？
溏心蛋要煮几分钟？
不是这个意思，你再试试
天空为什么是蓝色的？
周末在家适合全家一起看什么电影？
太感谢了，祝你今天愉快！
""", "chitchat"),
qa=LC(r"""
coding|Python 里怎么判断一个文件是否存在？
coding|JavaScript 中 == 和 === 有什么区别？
coding|Mac 上 3000 端口被占用了，怎么找到并结束这个进程？
coding|git 怎么撤销最后一次 commit，但保留改动？
coding|能举个例子讲讲数据库索引是干什么用的吗？
coding|帮我写一条 SQL，统计每个用户上个月的订单数。表结构：users(id, name)，orders(id, user_id, created_at)。
coding|做一个内部用的小后台，选 Vue 还是 React 比较好？
coding|Excel 里求平均值的时候怎么忽略空单元格？
coding|我想让服务器每天凌晨两点自动备份数据库，crontab 该怎么写？
writing|帮我写一份公司年会的邀请函，时间是 1 月 18 日晚上，语气轻松一点。
writing|帮我写一段邮件自动回复：8 月 1 日到 15 日休假，期间有事请联系王磊。
writing|我要申请环境科学方向的研究生，帮我写一段个人陈述的开头，我本科是地理专业。
writing|给退休的老同事写一段告别致辞，他在公司干了三十年。
writing|给我们在成都的小咖啡馆想五个小红书笔记选题。
writing|帮我写一封婉拒候选人的邮件，他进了终面但最后没录用。
education|给五年级的孩子讲讲主动句和被动句（"把"字句和"被"字句）的区别。
education|光合作用的过程是怎样的？讲得通俗一点。
education|辛亥革命爆发的主要原因有哪些？
education|用生活中的例子解释一下勾股定理。
education|明天考生物，内容是消化系统，你能出几道题考考我吗？
education|天气和气候有什么区别？
health|最近居家办公，腰一直酸。有没有简单的拉伸动作？什么情况下需要去医院？
health|孩子两岁，发烧 38.5 度，但精神还不错，什么时候需要去看医生？
health|打完流感疫苗第二天浑身没劲，正常吗？
health|刚查出血压偏高，复诊时我应该问医生哪些问题？
health|朋友最近情绪很低落，可能是抑郁了，我该怎么支持他？
legal|房东退租时以"正常磨损"为由扣了全部押金，我该怎么办？
legal|网上买的东西，七天无理由退货具体怎么规定的？
legal|个体工商户和有限责任公司有什么区别？
legal|劳动合同里没写加班，公司能强制我加班吗？
legal|自书遗嘱需要满足哪些条件才有效？
travel|第一次去西安，两天时间，有哪些不能错过的地方？
travel|去云南大理，几月份去最合适？
travel|第一次爬黄山需要准备什么？
travel|持中国护照去新加坡需要签证吗？
travel|带两岁的孩子去三亚玩四天，住哪个区域比较方便？
cooking|剩米饭除了炒饭还能做什么？
cooking|红烧肉怎么做才能肥而不腻？
cooking|做蛋糕没有黄油可以用什么代替？
cooking|推荐一个十五分钟能做好的素菜。
cooking|为什么我炒的青菜总是出很多水？
business|自己在家做烘焙卖，定价应该怎么算？
business|年终绩效面谈可以问员工哪些问题？
business|帮我列一个 45 分钟团队周会的议程。
business|要涨价了，怎么跟老客户说比较好？
business|营业额和利润有什么区别？
customer_support|你好，我的订单 20240518 已经十天了还没到，能帮忙查一下吗？
customer_support|我想退订宽带，流程是怎样的？
customer_support|同一笔订单被扣了两次款，请帮我处理退款。
customer_support|洗衣机显示 E21 错误，不排水，我自己可以先检查哪些地方？
customer_support|已经发货的订单还能改收货地址吗？
roleplay|我们来模拟面试吧，你是 HR，我应聘新媒体运营。
roleplay|你扮演北京胡同里的煎饼摊老板，我练习用中文点单。
roleplay|你是故宫的导游，带我逛逛太和殿。
roleplay|陪我练习辩论：城市中心是否应该限制私家车？你站反方。
general|水壶里的水垢怎么去除？
general|哪些室内植物对猫是安全的？
general|从来不运动的人怎么开始跑步？
general|在家给六岁孩子过生日，有什么好玩又省钱的点子？
general|下周一要在领导面前做汇报，特别紧张，有什么建议？
general|空气能热水器的原理是什么？
"""),
frames=[
("cooking", "冰箱里还剩{z}。{e}{f}", dict(
    z=L("""
一块豆腐、一把青菜和半包香菇
昨天的剩鸡肉、米饭和一根胡萝卜
三个鸡蛋、两个西红柿和一根黄瓜
一颗土豆、半颗洋葱和一点肉末
一包挂面、几根小葱和一个鸡蛋
一块五花肉、一颗白菜和粉丝
两条鲈鱼、姜和葱
"""),
    e=L("""
家里小孩不吃辣。
只有一个电饭煲和一口炒锅。
最好半小时内能做好。
我在减脂，想少油一点。
-
"""),
    f=L("""
能做点什么？
给我一个详细的菜谱，步骤写清楚。
给我两个方案，一个快手的，一个稍微讲究点的。
换你会做什么菜？
"""))),
("travel", "{qui}{mes}打算去{ou}玩{dur}。{pref}{q}", dict(
    qui=L("""
我和老公
我们一家四口（孩子 5 岁和 9 岁）
我一个人
我带着七十多岁的爸妈
我们四个大学同学
"""),
    mes=L("""
五一
国庆
十月中旬
暑假
春节
"""),
    ou=L("""
成都
厦门
杭州
青岛
桂林
日本大阪
泰国清迈
新疆伊犁
"""),
    dur=L("""
三天
五天
一周
十天
"""),
    pref=L("""
喜欢吃，不太想赶景点。
预算有限。
不自驾，全靠公共交通。
想多看看自然风光。
-
"""),
    q=L("""
帮我排一个大致的行程。
有哪些地方一定要去？
住在哪个区域比较方便？
那时候天气怎么样，要带什么衣服？
"""))),
("writing", "帮我给{d}写{t}，{b}。{ton}", dict(
    t=L("""
一封简短的邮件
一条微信消息
一封正式的信
一条钉钉消息
"""),
    d=L("""
领导
客户
物业
孩子的班主任
供应商
团队成员
"""),
    b=L("""
想把周五的会改到下周
说明项目要推迟一周
感谢他搬家时帮忙
问一下之前发的报价有没有结果
说明我下周生病要请假
礼貌地推掉一个邀请
"""),
    ton=L("""
语气客气但要坚定。
别太正式，我们挺熟的。
控制在一百字以内。
-
"""))),
("health", "我今年{age}岁，最近{dur}一直{sym}。{ctx}{q}", dict(
    age=L("""
32
45
58
67
24
"""),
    dur=L("""
两周左右
这几天
一个多月
从放假回来后
"""),
    sym=L("""
干咳
晚上睡不着
上楼梯时膝盖疼
吃完晚饭烧心
下午头疼
手肘上有几块地方很痒
"""),
    ctx=L("""
没有发烧。
平时整天坐在电脑前。
没有在吃什么药。
-
"""),
    q=L("""
可能是什么原因？什么情况下应该去医院？
在家可以先试试什么办法？
应该挂哪个科？
看医生的时候要说明哪些情况？
"""))),
("business", "{k}{f}", dict(
    k=L("""
我开了一家小理发店，有三个员工。
我们是一家十五人的物流软件创业公司。
我是自由译者。
我带一个六人的客服团队。
我们在网上卖手工香皂。
我在大学城附近开了家小面馆。
"""),
    f=L("""
怎么简单地记账、管好收支？
给我五个低成本的推广点子，接下来三个月用。
要涨价了，怎么说才不会流失老顾客？
每周应该看哪些数据？
怎么安排大家的假期才公平？
怎么让顾客多在点评网站上留好评？
"""))),
],
paras=B(r"""
自 3 月 4 日（周一）起，丁香路将进行供水管道改造，预计工期三周。施工期间，每天 8:00 至 16:00 可能出现短时停水。具体停水时间将提前一天在各楼栋门口张贴通知。给大家带来的不便，敬请谅解。

简单同步一下 CRM 迁移的进度：目前大约完成了 70% 的数据迁移。我们发现 2019 年的老客户数据里有大量重复记录，上线前必须先清理。所以切换时间从四月底推迟到 5 月 15 日。在此之前，请大家继续使用旧系统。销售团队的培训安排在五月第一周。

去年春天开始，我在阳台上种菜，没想到六平米的地方能长出这么多东西。番茄、生菜和香草几乎不用操心，夏天只要每天浇水就行。西葫芦就没那么成功了，植株太大，花盆根本放不下。我的经验是：品种少一点，花盆大一点。住在三楼还有个好处，就是没有蜗牛。

郑和七下西洋发生在 1405 年至 1433 年间，是明朝规模最大的远洋航行。船队最多时有两百多艘船、两万多人。他们到达了东南亚、印度洋沿岸，最远抵达东非。船队带去了丝绸和瓷器，也带回了香料、珍宝和各地的使节。这些航行比哥伦布到达美洲早了将近一个世纪。

这款空气炸锅我用了三个月，总体来说挺满意。炸鸡翅和烤红薯都很好吃，而且比油炸健康多了。缺点是容量有点小，一次只够两个人吃。清洗也比较方便，炸篮可以直接放进洗碗机。这个价位来说，我觉得性价比不错。

各位家长好，本学期的科技馆研学活动定于 10 月 11 日（周五）举行。早上 7:50 在学校门口集合乘车，预计下午 3:00 返校。请为孩子准备午餐、水杯和雨衣。活动费用 50 元，请于周三前交给班主任。如孩子有过敏或需要服药，请提前告知老师。
"""),
ptasks=LC(r"""
summarization|帮我把这段话概括成两三句话：\n\n{p}
summarization|这段文字的要点是什么？列出来就行。\n\n{p}
editing|帮我改一下错别字和标点，风格不要动：\n\n{p}
editing|改写得轻松活泼一点，要发在公众号上：\n\n{p}
editing|精简一下，让它更清楚易懂：\n\n{p}
translation|翻译成英文：\n\n{p}
translation|请把下面这段翻译成日语，语气正式一点：\n\n{p}
writing|给这段文字起一个吸引人的标题：\n\n{p}
education|根据这段文字出三道阅读理解题，给初二学生用：\n\n{p}
"""),
casks=L(r"""
err|报了这个错，不知道为什么：\n\n{code}
any|{code}\n\n这里哪里写错了？
code|帮我解释一下这段代码在做什么：\n\n{code}
any|卡了一个小时了，昨天还是好的：\n\n{code}
code|帮我重构一下，让代码更好读，准备提交 code review：\n\n{code}
err|请问这是什么原因？\n\n{code}\n\n运行环境是 Docker 容器，系统 Ubuntu 22.04。
"""),
tasks=L(r"""
这是接口返回的数据，帮我整理成一句友好的回复发给用户：\n\n{out}
工具输出如下：\n{out}\n\n用通俗的话总结一下。
能把这个整理成表格吗？\n\n{out}
这个输出里有没有需要注意的问题？\n\n{out}
函数调用返回了下面的结果：\n```\n{out}\n```\n助手应该怎么回复用户？
"""),
roles=B(r"""
你是"小招"，华信银行的智能客服。你负责解答账户、银行卡、转账和手机银行相关的问题。
> 怎么提高银行卡的单日转账限额？
> 我的银行卡丢了，怎么办？
> 为什么有一笔酒店的 1 元预授权？

你是"优选商城"的售后客服助手，负责处理订单查询、退换货和物流问题。
> 快递显示已签收，但我没收到。
> 怎么申请退货？
> 退款多久能到账？

你是一名面向初中生的学习助手。请一步一步讲解，并鼓励学生先自己尝试。
> 一元二次方程我完全不会
> 什么是比喻和拟人？
> 能帮我看看作文开头吗？

你是仁和口腔诊所的预约助手，负责预约、改约和取消预约，不提供任何诊断。
> 周二的预约能改到周四下午吗？
> 可以用医保吗？
> 周六有医生坐诊吗？
"""),
rules=L(r"""
回答要简洁，最多四句话。
使用礼貌用语，称呼用户为"您"。
绝对不要索要密码、验证码或银行卡完整卡号。
如果不确定，请如实说明，并提供转人工服务。
不提供法律或医疗建议，只提供一般性信息。
操作步骤请用编号列表。
只回答与本公司产品和服务相关的问题。
今天是 {date}，人工客服工作时间为周一至周五 9:00–18:00。
不要编造价格、订单号或时间承诺。
"""),
improve=L(r"""
这是我们客服机器人的系统提示词，能帮我改得更清楚一些吗？\n\n{sys}
用这个系统提示词，机器人回答总是太长，应该怎么改？\n\n{sys}
"""),
ragi=L(r"""
请只根据下面的参考资料回答问题。如果资料里没有答案，就说不知道。\n\n参考资料：\n{ctx}\n\n问题：{q}
以下是从知识库检索到的内容：\n\n{ctx}\n\n用户问题：{q}
<context>\n{ctx}\n</context>\n\n{q} 请注明引用的资料编号。
"""),
rag=B(r"""
# 退换货政策（2024 年 1 月版）
商品签收后 7 天内，在未使用且包装完好的情况下，可申请无理由退货。标注"特价商品不退不换"的商品除外。请在"我的订单"中提交退货申请，系统会生成退货单号。仓库收到商品后 3 至 5 个工作日内原路退款。
? 特价商品能退吗？
? 退款多久到账？

# 智能电饭煲使用说明
请使用随附的量杯量米。煮普通米饭时，按米的杯数加水至对应刻度线。按下"煮饭"键，指示灯变为绿色即表示米饭已煮好，并自动进入保温模式。烹饪过程中请勿打开锅盖。
? 怎么知道饭煮好了？
? 煮饭的时候可以开盖吗？

# 差旅报销规定
飞行时间在六小时以内的航班，一律乘坐经济舱。住宿费标准为每晚 500 元，北京、上海、深圳为每晚 700 元。报销单据须在出差结束后 30 天内上传至报销系统。
? 在上海出差，住宿标准是多少？
? 报销单据最晚什么时候提交？

# 大件垃圾清运服务
居民每年可免费预约两次大件垃圾上门清运，如旧沙发、床垫、柜子等。请至少提前七天通过社区小程序预约。电器、轮胎和油漆不在清运范围内。
? 旧床垫可以预约清运吗？
? 一年可以免费几次？
"""),
)

# ===========================================================================
# JAPANESE
# ===========================================================================
LANGS["ja"] = dict(
lab=("ルール：", "文書", "出典"),
chit=LC(r"""
こんにちは、よろしくお願いします
おはよう！今日もよろしく
ありがとう、解決しました
何か面白い話して
桜についての短い詩を書いて
オーストラリアの首都ってどこ？
もう少し短くできる？
もっと丁寧な言い方にして
違う、そういう意味じゃなくて
暇だなあ。今夜なにしよう
おやすみなさい
半熟卵って何分ゆでればいい？
空はどうして青いの？
""", "chitchat"),
qa=LC(r"""
coding|Pythonでファイルが存在するかどうか確認する方法を教えてください。
coding|JavaScriptの == と === の違いは何ですか？
coding|Macでポート3000を使っているプロセスを終了させるには？
coding|gitで直前のコミットを取り消したいけど、変更内容は残したいです。
coding|Excelで空白セルを除いて平均を出す関数はありますか？
coding|SQLで、顧客ごとの先月の注文数を出すクエリを書いてください。テーブルは customers(id, name) と orders(id, customer_id, ordered_at) です。
writing|会社の忘年会の案内文を書いてください。12月20日（金）19時から、カジュアルな感じで。
writing|定年退職する先輩への送別の挨拶を考えてほしいです。30年勤めた方です。
writing|不採用のお知らせメールを、失礼のないように書いてもらえますか。最終面接まで進んだ方です。
writing|京都の小さな雑貨屋のInstagram投稿のネタを5つください。
education|小学5年生の子に「光合成」を分かりやすく説明したいです。
education|明治維新が起きた主な理由は何ですか？
education|三平方の定理を身近な例で説明してください。
education|明日英語のテストで関係代名詞が出ます。練習問題を出してもらえますか？
health|在宅勤務になってから腰痛がひどいです。簡単なストレッチと、受診の目安を教えてください。
health|2歳の子どもが38.5度の熱がありますが、元気に遊んでいます。病院に行くべきタイミングは？
health|健康診断で血圧が高めと言われました。次の診察で何を聞けばいいですか？
legal|退去時に敷金が全額戻ってきませんでした。どう対応すればいいでしょうか？
legal|個人事業主と合同会社、どちらで始めるか迷っています。主な違いは？
travel|初めての金沢、1泊2日で回るならどこがおすすめですか？
travel|7月に北海道を車なしで旅行するのは難しいですか？
travel|台湾に行くのにビザは必要ですか？日本のパスポートです。
cooking|余ったご飯でできる簡単なお昼ごはんを教えて。
cooking|肉じゃがの味がいつも薄くなってしまいます。コツはありますか？
cooking|バターがないとき、クッキーには何で代用できますか？
business|ハンドメイドアクセサリーの値段の付け方がわかりません。
business|45分の定例ミーティングのアジェンダを作ってください。
customer_support|注文番号 51873 の商品がまだ届きません。確認していただけますか？
customer_support|サブスクリプションの解約方法がアプリで見つかりません。
roleplay|面接の練習をしたいです。あなたは面接官で、私は営業職に応募しています。
roleplay|大阪のたこ焼き屋の店主になりきって、関西弁で接客してください。
general|電気ケトルの水垢はどうやって落とせばいいですか？
general|来週、役員の前でプレゼンがあってとても緊張しています。アドバイスください。
"""),
frames=[
("cooking", "冷蔵庫に{z}が残っています。{e}{f}", dict(
    z=L("""
豆腐とほうれん草と卵
鶏むね肉とキャベツ
豚こま肉と玉ねぎとじゃがいも
鮭の切り身としめじ
ひき肉となすとピーマン
ちくわと大根と油揚げ
"""),
    e=L("""
子どもが辛いものを食べられません。
フライパンひとつで作りたいです。
20分くらいで作れるとうれしいです。
-
"""),
    f=L("""
何が作れますか？
手順つきのレシピを一つ教えてください。
簡単なものと少し手の込んだもの、二つ提案してください。
"""))),
("travel", "{qui}、{mes}に{ou}へ{dur}で行く予定です。{pref}{q}", dict(
    qui=L("""
夫婦で
子ども二人（5歳と9歳）を連れて家族で
一人旅で
70代の両親と一緒に
"""),
    mes=L("""
5月
9月
年末
夏休み
"""),
    ou=L("""
福岡
沖縄
ソウル
台北
松本
"""),
    dur=L("""
2泊3日
3泊4日
1週間
"""),
    pref=L("""
食べ歩きが好きです。
予算はあまりありません。
車は使いません。
-
"""),
    q=L("""
おおまかなプランを考えてもらえますか？
絶対に外せない場所はどこですか？
どのエリアに泊まるのが便利ですか？
"""))),
],
paras=B(r"""
3月4日（月）から、さくら通りで水道管の交換工事を行います。工事期間は約3週間の予定です。期間中、8時から16時の間に一時的に断水することがあります。断水の日時は、前日までに各マンションの掲示板でお知らせします。ご不便をおかけしますが、ご理解とご協力をお願いいたします。

CRM移行の進捗を共有します。現在、データ移行はおよそ7割完了しています。2019年の古い顧客データに重複が多く見つかったため、本番稼働の前に整理が必要です。そのため、切り替え日は4月末から5月15日に延期します。それまでは引き続き旧システムをご利用ください。

去年の春からベランダで野菜を育てていますが、6平米でこんなに収穫できるとは思いませんでした。ミニトマトやレタス、ハーブは夏に毎日水をやるだけでほとんど手がかかりません。ズッキーニは株が大きくなりすぎて、プランターに収まりませんでした。品種は絞って、鉢はなるべく大きいものを選ぶのがコツだと思います。

このロボット掃除機を3か月使ってみました。フローリングはしっかり掃除してくれて、アプリも分かりやすいです。ただ、コードや毛足の長いラグには弱く、よく止まってしまいます。バッテリーは約1時間もつので、2LDKなら十分です。値段を考えると、満足度は高めです。
"""),
ptasks=LC(r"""
summarization|この文章を2〜3文で要約してください。\n\n{p}
editing|誤字脱字をチェックしてください。文体は変えないでください。\n\n{p}
editing|もっとやわらかい表現に書き換えてもらえますか？社内報に載せます。\n\n{p}
translation|英語に翻訳してください。\n\n{p}
writing|この文章に合うタイトルを3つ考えてください。\n\n{p}
"""),
casks=L(r"""
err|このエラーが出て、原因が分かりません。\n\n{code}
any|{code}\n\nどこが間違っていますか？
code|このコードが何をしているのか説明してもらえますか？\n\n{code}
code|レビュー前に、もっと読みやすくリファクタリングしてください。\n\n{code}
"""),
tasks=L(r"""
APIのレスポンスです。ユーザー向けに短く丁寧な返答を作ってください。\n\n{out}
ツールの出力です：\n{out}\n\n専門用語を使わずに要約してください。
この出力で気をつけるべき点はありますか？\n\n{out}
"""),
roles=B(r"""
あなたは「みらい銀行」のチャットアシスタント、ミライです。口座、カード、振込、ネットバンキングに関する質問に答えます。
> 振込限度額を上げるにはどうすればいいですか？
> キャッシュカードをなくしてしまいました。
> ホテルから1円の請求が来ているのはなぜですか？

あなたは中学生向けの学習サポートAIです。一歩ずつ説明し、まず自分で考えるよう励ましてください。
> 一次関数のグラフがよく分かりません
> 「係り結び」って何ですか？

あなたは「さくら歯科クリニック」の予約受付アシスタントです。予約の作成・変更・キャンセルを担当し、診断は行いません。
> 火曜日の予約を木曜日の午後に変更できますか？
> 土曜日も診療していますか？
"""),
rules=L(r"""
回答は簡潔に、4文以内でまとめてください。
丁寧語で話してください。
暗証番号やパスワードは絶対に聞かないでください。
分からない場合は正直に伝え、担当者への引き継ぎを案内してください。
法律や医療に関する助言はせず、一般的な情報にとどめてください。
本日は{date}です。窓口の受付時間は平日9時〜17時です。
"""),
improve=L(r"""
これはうちのチャットボットのシステムプロンプトです。もっと分かりやすく改善してもらえますか？\n\n{sys}
"""),
ragi=L(r"""
以下の参考情報だけを使って質問に答えてください。答えが見つからない場合は「分かりません」と答えてください。\n\n参考情報：\n{ctx}\n\n質問：{q}
ナレッジベースから取得した文書です。\n\n{ctx}\n\nお客様からの質問：{q}
"""),
rag=B(r"""
# 返品・交換について（2024年1月改定）
商品到着後14日以内で、未使用かつ外箱がそろっている場合に限り返品を受け付けます。「セール品・返品不可」と表示された商品は対象外です。返品はマイページの注文履歴から申請してください。返金は商品到着後5営業日以内に行います。
? セール品は返品できますか？
? 返金はいつになりますか？

# 出張旅費規程
飛行時間が6時間未満の場合はエコノミークラスを利用してください。宿泊費は1泊1万2千円まで、東京・大阪は1万5千円まで精算できます。領収書は出張終了後30日以内に経費システムへアップロードしてください。
? 大阪の宿泊費の上限はいくらですか？
? 領収書の提出期限は？
"""),
)

# ===========================================================================
# RUSSIAN
# ===========================================================================
LANGS["ru"] = dict(
lab=("Правила:", "Документ", "источник"),
chit=LC(r"""
привет, ты тут?
Доброе утро, как дела?
спасибо, всё получилось
Расскажи смешной анекдот
Напиши короткое стихотворение про зиму
Какая столица у Австралии?
А можно покороче?
Сделай чуть официальнее
Нет, я имел в виду другое. Попробуй ещё раз.
Скучно. Чем заняться вечером?
спокойной ночи, до завтра!
Сколько варить яйцо всмятку?
Почему небо голубое?
""", "chitchat"),
qa=LC(r"""
coding|Как в Python проверить, существует ли файл?
coding|Чем отличается == от === в JavaScript?
coding|Как завершить процесс, который занял порт 8080 в Linux?
coding|Git: как отменить последний коммит, но сохранить изменения?
coding|Объясни на примере, зачем нужны индексы в базе данных.
coding|Напиши SQL-запрос, который считает количество заказов каждого клиента за прошлый месяц. Таблицы: clients(id, name), orders(id, client_id, created_at).
writing|Напиши приглашение на новогодний корпоратив 27 декабря, в неформальном тоне.
writing|Помоги составить сопроводительное письмо на позицию младшего аналитика данных. Я окончил экономический факультет.
writing|Нужна короткая речь на проводы коллеги на пенсию, он проработал у нас 30 лет.
writing|Придумай пять идей для постов в Telegram-канале небольшой кофейни в Казани.
education|Объясни ребёнку в 5 классе, что такое фотосинтез.
education|Каковы были основные причины отмены крепостного права в 1861 году?
education|Объясни теорему Пифагора на бытовом примере.
education|Завтра контрольная по химии, тема — валентность. Позадавай мне вопросы.
health|С тех пор как работаю из дома, болит поясница. Какие есть простые упражнения и когда стоит идти к врачу?
health|У ребёнка (2 года) температура 38,5, но он активный и играет. Когда нужно вызывать врача?
health|Мне сказали, что давление повышенное. Какие вопросы задать терапевту на следующем приёме?
legal|Арендодатель не возвращает залог после выезда. Что можно сделать?
legal|Чем отличается ИП от ООО для небольшого бизнеса?
travel|Что обязательно посмотреть в Санкт-Петербурге за два дня?
travel|Когда лучше ехать на Байкал?
travel|Что взять с собой в первый поход в горы на три дня?
cooking|Что можно приготовить из вчерашней гречки?
cooking|Как сварить борщ, чтобы он был ярко-красным?
cooking|Чем заменить сметану в тесте?
business|Как рассчитать цену на домашнюю выпечку?
business|Составь повестку еженедельной планёрки на 45 минут.
customer_support|Здравствуйте, заказ № 60412 идёт уже десять дней. Можете проверить, где он?
customer_support|С карты дважды списали оплату за один заказ. Прошу вернуть деньги.
roleplay|Давай потренируем собеседование: ты HR, а я претендую на должность менеджера по продажам.
roleplay|Ты экскурсовод в Эрмитаже. Проведи меня по залам!
general|Как очистить чайник от накипи?
general|В понедельник выступаю перед руководством и очень волнуюсь. Есть советы?
"""),
frames=[
("cooking", "В холодильнике остались {z}. {e} {f}", dict(
    z=L("""
картошка, лук и кусок курицы
кабачок, сыр и макароны
три яйца, помидоры и немного колбасы
капуста, морковь и фарш
гречка, грибы и сметана
творог, яблоки и овсяные хлопья
"""),
    e=L("""
Дети не едят острое. 
Есть только сковородка, духовки нет. 
Нужно успеть за полчаса. 
-
"""),
    f=L("""
Что можно приготовить?
Дай один рецепт с пошаговыми инструкциями.
Предложи два варианта: быстрый и посложнее.
"""))),
("health", "Мне {age}, уже {dur} у меня {sym}. {ctx} {q}", dict(
    age=L("""
31
46
58
67
"""),
    dur=L("""
около двух недель
несколько дней
месяц
"""),
    sym=L("""
сухой кашель
проблемы со сном
болит колено, когда поднимаюсь по лестнице
изжога после ужина
часто болит голова к вечеру
"""),
    ctx=L("""
Температуры нет.
Весь день сижу за компьютером.
-
"""),
    q=L("""
С чем это может быть связано и когда стоит обратиться к врачу?
Что можно попробовать сначала дома?
К какому врачу лучше записаться?
"""))),
("writing", "Напиши {t} {d}, {b}. {ton}", dict(
    t=L("""
короткое письмо
сообщение в Telegram
официальное письмо
"""),
    d=L("""
начальнице
клиенту
в управляющую компанию
классному руководителю сына
"""),
    b=L("""
с просьбой перенести встречу с пятницы
о том, что проект задерживается на неделю
с благодарностью за помощь с переездом
с вопросом о нашем коммерческом предложении
чтобы вежливо отказаться от приглашения
"""),
    ton=L("""
Вежливо, но твёрдо.
Максимум 80 слов.
-
"""))),
],
paras=B(r"""
С понедельника, 4 марта, на улице Садовой начнётся замена водопроводных труб. Работы продлятся около трёх недель. В это время с 8:00 до 16:00 возможны кратковременные отключения воды. Жителей будут предупреждать объявлениями в подъездах за день до отключения. Приносим извинения за неудобства.

Коротко о переходе на новую CRM: перенесено примерно 70 % данных. Оказалось, что в базе клиентов за 2019 год много дублей, и их нужно почистить до запуска. Поэтому переход откладывается с конца апреля на 15 мая. До этого момента, пожалуйста, продолжайте работать в старой системе. Обучение для отдела продаж пройдёт в первую неделю мая.

12 апреля 1961 года Юрий Гагарин на корабле «Восток-1» совершил первый в истории полёт человека в космос. Полёт длился 108 минут, за это время корабль сделал один виток вокруг Земли. Перед стартом Гагарин произнёс знаменитое «Поехали!». Приземлился он в Саратовской области, недалеко от Энгельса. Сегодня этот день отмечают как День космонавтики.

Пользуюсь этой мультиваркой уже три месяца и в целом довольна. Каши и супы получаются отлично, а режим отложенного старта очень выручает по утрам. Из минусов: крышка плохо отмывается, а первое время был запах пластика. Чаша небольшая, на семью из четырёх человек впритык. За свои деньги — хороший вариант.
"""),
ptasks=LC(r"""
summarization|Перескажи коротко, в двух-трёх предложениях:\n\n{p}
editing|Исправь ошибки и расставь запятые, стиль не меняй:\n\n{p}
editing|Перепиши проще и короче:\n\n{p}
translation|Переведи на английский:\n\n{p}
writing|Придумай заголовок для этого текста:\n\n{p}
"""),
casks=L(r"""
err|Выдаёт вот такую ошибку, не понимаю почему:\n\n{code}
any|{code}\n\nЧто здесь не так?
code|Объясни, пожалуйста, что делает этот код:\n\n{code}
code|Сделай код читабельнее, это для код-ревью:\n\n{code}
"""),
tasks=L(r"""
Вот ответ API. Составь короткий и дружелюбный ответ для пользователя:\n\n{out}
Вывод инструмента:\n{out}\n\nОбъясни простыми словами, что тут написано.
Есть ли в этом выводе что-то, о чём стоит беспокоиться?\n\n{out}
"""),
roles=B(r"""
Ты — Алиса, виртуальный помощник банка «Северный». Отвечаешь на вопросы о счетах, картах, переводах и мобильном банке.
> Как увеличить суточный лимит по карте?
> Я потерял карту, что делать?
> Почему с карты списали 1 рубль от отеля?

Ты — помощник службы поддержки интернет-магазина «Домовой». Помогаешь с заказами, возвратами и доставкой.
> Курьер не приехал в назначенное время.
> Как оформить возврат?

Ты — помощник по учёбе для школьников 7–9 классов. Объясняй пошагово и предлагай сначала попробовать самостоятельно.
> Не понимаю, как решать квадратные уравнения
> Что такое причастный оборот?
"""),
rules=L(r"""
Отвечай кратко, не больше четырёх предложений.
Обращайся к пользователю на «вы».
Никогда не запрашивай ПИН-код, пароль или код из СМС.
Если не уверен в ответе, честно скажи об этом и предложи связаться с оператором.
Не давай юридических и медицинских консультаций — только общую информацию.
Сегодня {date}. Операторы работают по будням с 9:00 до 18:00.
"""),
improve=L(r"""
Вот системный промпт нашего чат-бота. Можешь сделать его понятнее?\n\n{sys}
"""),
ragi=L(r"""
Ответь на вопрос, используя только приведённый ниже контекст. Если ответа там нет, так и скажи.\n\nКонтекст:\n{ctx}\n\nВопрос: {q}
Вот фрагменты из нашей базы знаний:\n\n{ctx}\n\nВопрос клиента: {q}
"""),
rag=B(r"""
# Условия возврата (январь 2024)
Товар надлежащего качества можно вернуть в течение 14 дней после получения, если он не был в употреблении и сохранена упаковка. Товары со скидкой с пометкой «без возврата» обмену и возврату не подлежат. Заявку на возврат можно оформить в личном кабинете. Деньги возвращаются в течение 5–7 рабочих дней после поступления товара на склад.
? Можно ли вернуть товар со скидкой?
? Когда вернут деньги?

# Правила компенсации командировочных расходов
Для перелётов продолжительностью менее шести часов используется только эконом-класс. Проживание компенсируется до 6000 рублей в сутки, в Москве и Санкт-Петербурге — до 9000 рублей. Чеки нужно загрузить в систему учёта расходов в течение 30 дней после поездки.
? Какой лимит на гостиницу в Москве?
? До какого срока нужно загрузить чеки?
"""),
)

# ===========================================================================
# TURKISH
# ===========================================================================
LANGS["tr"] = dict(
lab=("Kurallar:", "Belge", "kaynak"),
chit=LC(r"""
merhaba, orada mısın?
Günaydın, bugün nasılsın?
teşekkürler, işe yaradı
Bir fıkra anlatır mısın?
Sonbahar hakkında kısa bir şiir yaz
Avustralya'nın başkenti neresi?
Biraz daha kısaltabilir misin?
Daha resmi bir dille yazar mısın?
Hayır, onu kastetmedim. Bir daha dene.
Canım sıkılıyor, bu akşam ne yapsam?
iyi geceler, görüşürüz!
Rafadan yumurta kaç dakika haşlanır?
Gökyüzü neden mavi?
""", "chitchat"),
qa=LC(r"""
coding|Python'da bir dosyanın var olup olmadığını nasıl kontrol ederim?
coding|JavaScript'te == ile === arasındaki fark nedir?
coding|Linux'ta 8080 portunu kullanan işlemi nasıl sonlandırırım?
coding|Git'te son commit'i geri almak ama değişiklikleri korumak istiyorum. Nasıl yaparım?
coding|Veritabanında indeks ne işe yarar, bir örnekle anlatır mısın?
coding|Her müşterinin geçen ayki sipariş sayısını veren bir SQL sorgusu yazar mısın? Tablolar: musteriler(id, ad), siparisler(id, musteri_id, tarih).
writing|Şirketin yılbaşı yemeği için samimi bir davet metni yazar mısın? 27 Aralık Cuma akşamı.
writing|Veri analisti pozisyonu için bir ön yazı hazırlamama yardım eder misin? İktisat mezunuyum.
writing|30 yıl çalıştıktan sonra emekli olan bir meslektaşımız için kısa bir veda konuşması yazar mısın?
writing|İzmir'deki küçük kafemiz için beş Instagram paylaşım fikri verir misin?
education|İlkokul 5. sınıftaki çocuğuma fotosentezi nasıl anlatabilirim?
education|Osmanlı'da Tanzimat Fermanı neden ilan edildi?
education|Pisagor teoremini günlük hayattan bir örnekle açıklar mısın?
education|Yarın kimya sınavım var, konu mol kavramı. Bana soru sorar mısın?
health|Evden çalışmaya başladığımdan beri belim ağrıyor. Basit egzersizler ve ne zaman doktora gitmem gerektiği konusunda bilgi verir misin?
health|2 yaşındaki oğlumun ateşi 38,5 ama oyun oynuyor. Ne zaman doktora götürmeliyim?
health|Tansiyonumun biraz yüksek olduğu söylendi. Bir sonraki kontrolde doktora neler sormalıyım?
legal|Ev sahibi taşındıktan sonra depozitomu geri vermiyor. Ne yapabilirim?
legal|Şahıs şirketi ile limited şirket arasındaki temel farklar neler?
travel|Kapadokya'da iki günde neler görülür?
travel|Karadeniz yaylalarına gitmek için en uygun ay hangisi?
travel|Türk pasaportuyla Gürcistan'a vize gerekiyor mu?
cooking|Bayat ekmekle ne yapılabilir?
cooking|Mercimek çorbası nasıl daha kıvamlı olur?
cooking|Kekte tereyağı yerine ne kullanabilirim?
business|Ev yapımı reçellerimi satmak istiyorum, fiyatı nasıl belirlerim?
business|45 dakikalık haftalık ekip toplantısı için bir gündem hazırlar mısın?
customer_support|Merhaba, 73190 numaralı siparişim on gündür gelmedi. Kontrol edebilir misiniz?
customer_support|Aynı sipariş için kartımdan iki kez ödeme çekildi. İade rica ediyorum.
roleplay|Mülakat provası yapalım mı? Sen İK uzmanısın, ben satış temsilcisi pozisyonuna başvuruyorum.
roleplay|İstanbul'da bir simitçi ol, ben de sipariş vermeyi pratik edeyim.
general|Su ısıtıcısındaki kireç nasıl temizlenir?
general|Pazartesi yöneticilere sunum yapacağım ve çok gerginim. Tavsiyen var mı?
"""),
frames=[
("cooking", "Buzdolabında {z} kaldı. {e} {f}", dict(
    z=L("""
patates, soğan ve biraz kıyma
bir kabak, beyaz peynir ve makarna
üç yumurta, domates ve biber
tavuk göğsü, pirinç ve havuç
ıspanak, yoğurt ve sarımsak
nohut, bulgur ve salça
"""),
    e=L("""
Çocuklar acı sevmiyor.
Sadece bir tavam var, fırın yok.
Yarım saatte hazır olması lazım.
-
"""),
    f=L("""
Ne yapabilirim?
Adım adım bir tarif verir misin?
Biri hızlı, biri biraz daha özenli iki fikir ver.
"""))),
("travel", "{qui} {mes} ayında {dur} {ou} gidiyoruz. {pref} {q}", dict(
    qui=L("""
Eşimle
İki çocuğumuzla (5 ve 9 yaşında)
Yetmişini geçmiş annemle babamla
Dört arkadaş olarak
"""),
    mes=L("""
Mayıs
Eylül
Ekim
Temmuz
"""),
    dur=L("""
üç günlüğüne
bir haftalığına
on günlüğüne
"""),
    ou=L("""
Antalya'ya
Mardin'e
Roma'ya
Saraybosna'ya
Bodrum'a
"""),
    pref=L("""
Yürümeyi seviyoruz ama zorlu bir şey istemiyoruz.
Bütçemiz kısıtlı.
Arabamız yok.
-
"""),
    q=L("""
Kabaca bir gezi planı önerir misin?
Mutlaka görmemiz gereken yerler neler?
Hangi bölgede kalmak mantıklı?
"""))),
],
paras=B(r"""
4 Mart Pazartesi gününden itibaren Lale Sokak'ta su borusu yenileme çalışması yapılacaktır. Çalışmaların yaklaşık üç hafta sürmesi bekleniyor. Bu süre içinde saat 08.00 ile 16.00 arasında kısa süreli su kesintileri yaşanabilir. Kesinti saatleri bir gün önceden apartman girişlerine asılacak duyurularla bildirilecektir. Anlayışınız için teşekkür ederiz.

CRM geçişiyle ilgili kısa bir güncelleme: Verilerin yaklaşık yüzde 70'i aktarıldı. 2019 yılına ait müşteri kayıtlarında çok sayıda mükerrer kayıt çıktı, bunların canlıya geçmeden önce temizlenmesi gerekiyor. Bu yüzden geçiş tarihi nisan sonundan 15 Mayıs'a ertelendi. O zamana kadar lütfen eski sistemi kullanmaya devam edin.

Geçen bahardan beri balkonda sebze yetiştiriyorum ve altı metrekarede bu kadar ürün çıkacağını hiç düşünmemiştim. Domates, marul ve maydanoz yazın her gün sulandığı sürece neredeyse kendi kendine büyüyor. Kabakta ise şansım yaver gitmedi, bitki saksıya sığmayacak kadar büyüdü. Tavsiyem: az çeşit seçin ama büyük saksılar kullanın.

Bu robot süpürgeyi üç aydır kullanıyorum ve genel olarak memnunum. Parkeyi gayet iyi temizliyor, uygulaması da kullanışlı. Ancak kablolara ve tüylü halılara takılıp kalıyor. Bataryası yaklaşık bir saat gidiyor, iki artı bir bir daire için yeterli. Fiyatına göre iyi bir seçenek.
"""),
ptasks=LC(r"""
summarization|Bunu iki üç cümleyle özetler misin?\n\n{p}
editing|Yazım ve noktalama hatalarını düzelt, üslubu değiştirme:\n\n{p}
editing|Daha sade ve kısa hale getirir misin?\n\n{p}
translation|İngilizceye çevirir misin?\n\n{p}
writing|Bu metin için dikkat çekici bir başlık öner:\n\n{p}
"""),
casks=L(r"""
err|Şu hatayı alıyorum ama nedenini anlamadım:\n\n{code}
any|{code}\n\nBurada yanlış olan ne?
code|Bu kodun ne yaptığını açıklar mısın?\n\n{code}
code|Code review öncesi bu kodu daha okunaklı hale getirir misin?\n\n{code}
"""),
tasks=L(r"""
API'den gelen yanıt bu. Kullanıcıya kısa ve nazik bir cevap yazar mısın?\n\n{out}
Aracın çıktısı:\n{out}\n\nBunu sade bir dille özetle.
Bu çıktıda endişelenmem gereken bir şey var mı?\n\n{out}
"""),
roles=B(r"""
Sen Anadolu Katılım Bankası'nın dijital asistanı Ada'sın. Hesaplar, kartlar, havale ve mobil bankacılıkla ilgili soruları yanıtlarsın.
> Günlük kart limitimi nasıl artırırım?
> Kartımı kaybettim, ne yapmalıyım?
> Bir otelden 1 TL'lik provizyon neden çekildi?

Sen bir online mağazanın müşteri hizmetleri asistanısın. Sipariş takibi, iade ve kargo konularında yardımcı olursun.
> Kargom teslim edildi görünüyor ama elime ulaşmadı.
> İade talebini nasıl oluştururum?

Sen ortaokul öğrencileri için bir ders asistanısın. Adım adım açıkla ve öğrenciyi önce kendisi denemeye teşvik et.
> Denklem kurmayı hiç anlamıyorum
> Deyim ile atasözü arasındaki fark ne?
"""),
rules=L(r"""
Kısa ve net cevap ver, en fazla dört cümle.
Kullanıcıya "siz" diye hitap et.
Asla şifre, PIN veya SMS kodu isteme.
Emin değilsen bunu açıkça söyle ve müşteri temsilcisine yönlendirmeyi teklif et.
Hukuki veya tıbbi tavsiye verme, sadece genel bilgi ver.
Bugünün tarihi {date}. Çağrı merkezi hafta içi 09.00–18.00 arası hizmet verir.
"""),
improve=L(r"""
Bu bizim sohbet botumuzun sistem istemi. Daha anlaşılır hale getirebilir misin?\n\n{sys}
"""),
ragi=L(r"""
Soruyu yalnızca aşağıdaki bağlamı kullanarak yanıtla. Cevap bağlamda yoksa bilmediğini söyle.\n\nBağlam:\n{ctx}\n\nSoru: {q}
Bilgi bankamızdan gelen metinler şunlar:\n\n{ctx}\n\nMüşteri sorusu: {q}
"""),
rag=B(r"""
# İade koşulları (Ocak 2024)
Ürünler, teslim tarihinden itibaren 14 gün içinde, kullanılmamış ve orijinal ambalajında olmak şartıyla iade edilebilir. "İade edilemez" etiketli indirimli ürünler iade kapsamı dışındadır. İade talebi Hesabım sayfasındaki Siparişlerim bölümünden oluşturulur. Ücret iadesi, ürün depomuza ulaştıktan sonra 5-7 iş günü içinde yapılır.
? İndirimli ürünü iade edebilir miyim?
? Param ne zaman iade edilir?

# Seyahat masrafları yönergesi
Altı saatten kısa uçuşlarda yalnızca ekonomi sınıfı kullanılabilir. Otel giderleri gecelik 3.000 TL'ye kadar, İstanbul ve Ankara'da 4.500 TL'ye kadar karşılanır. Fişlerin seyahatten sonraki 30 gün içinde masraf sistemine yüklenmesi gerekir.
? İstanbul'da otel limiti ne kadar?
? Fişleri ne zamana kadar yüklemeliyim?
"""),
)

# ===========================================================================
# PORTUGUESE (Brazil mostly)
# ===========================================================================
LANGS["pt"] = dict(
lab=("Regras:", "Documento", "fonte"),
chit=LC(r"""
oi, tudo certo?
Bom dia, tudo bem?
valeu, deu certo
Me conta uma piada
Escreve um poema curto sobre o mar
Qual é a capital da Austrália?
Dá pra deixar mais curto?
Deixa um pouco mais formal, por favor.
Não, não foi isso que eu quis dizer. Tenta de novo.
Tô entediado, o que eu faço hoje à noite?
boa noite, até amanhã!
Quanto tempo cozinhar um ovo pra gema ficar mole?
Por que o céu é azul?
""", "chitchat"),
qa=LC(r"""
coding|Como verifico em Python se um arquivo existe?
coding|Qual a diferença entre == e === em JavaScript?
coding|Como encerro o processo que está usando a porta 3000 no Linux?
coding|Git: como desfaço o último commit sem perder as alterações?
coding|Me explica pra que serve um índice no banco de dados, com um exemplo.
coding|Escreve uma query SQL que conte os pedidos de cada cliente no mês passado. Tabelas: clientes(id, nome), pedidos(id, cliente_id, data).
writing|Escreve um convite para a festa de fim de ano da empresa, sexta, 20 de dezembro, num tom descontraído.
writing|Me ajuda a escrever uma carta de apresentação para uma vaga de analista de dados júnior? Sou formado em economia.
writing|Preciso de um discurso curto para a aposentadoria de um colega que trabalhou 30 anos aqui.
writing|Me dá cinco ideias de posts de Instagram para uma padaria de bairro em Curitiba.
education|Como explico fotossíntese para meu filho do 5º ano?
education|Quais foram as principais causas da Independência do Brasil?
education|Explica o teorema de Pitágoras com um exemplo do dia a dia.
education|Amanhã tenho prova de química sobre ligações químicas. Me faz umas perguntas?
health|Desde que comecei a trabalhar em casa, minhas costas doem. Que alongamentos simples posso fazer e quando devo procurar um médico?
health|Meu filho de 2 anos está com 38,5 de febre, mas brincando normalmente. Quando devo levar ao pediatra?
health|Disseram que minha pressão está um pouco alta. O que devo perguntar ao médico na próxima consulta?
legal|O proprietário não devolveu o caução depois que saí do apartamento. O que posso fazer?
legal|Qual a diferença entre MEI e ME, de forma resumida?
travel|O que não posso deixar de ver em Salvador em dois dias?
travel|Qual a melhor época para visitar Lisboa?
travel|Brasileiro precisa de visto para ir ao Chile?
cooking|O que dá pra fazer com arroz que sobrou?
cooking|Como deixar o feijão mais cremoso?
cooking|Posso substituir o leite condensado no brigadeiro?
business|Como calculo o preço dos bolos que vendo por encomenda?
business|Monta uma pauta para uma reunião semanal de equipe de 45 minutos.
customer_support|Olá, meu pedido 41277 está há dez dias em trânsito. Podem verificar?
customer_support|Fui cobrado duas vezes pela mesma compra. Gostaria do estorno.
roleplay|Vamos simular uma entrevista de emprego? Você é a recrutadora e eu estou me candidatando a uma vaga de vendedor.
roleplay|Faz o papel de um garçom numa tasca em Lisboa, quero treinar meu português europeu.
general|Como tiro o calcário da chaleira elétrica?
general|Segunda-feira tenho que apresentar para a diretoria e estou muito nervosa. Alguma dica?
"""),
frames=[
("cooking", "Tenho {z} {wo}. {e} {f}", dict(
    z=L("""
batata, cebola e um pedaço de frango
uma abobrinha, queijo e macarrão
três ovos, tomate e um pouco de presunto
arroz, feijão e linguiça
carne moída, cenoura e ervilha
banana madura, aveia e canela
"""),
    wo=L("""
na geladeira
que sobraram do fim de semana
e quase mais nada
"""),
    e=L("""
As crianças não comem nada apimentado.
Só tenho uma frigideira, sem forno.
Precisa ficar pronto em meia hora.
-
"""),
    f=L("""
O que dá pra fazer?
Me passa uma receita com o passo a passo?
Me dá duas ideias, uma rápida e outra mais caprichada.
"""))),
("writing", "Escreve {t} para {d} {b}. {ton}", dict(
    t=L("""
um e-mail curto
uma mensagem de WhatsApp
uma carta formal
"""),
    d=L("""
minha chefe
um cliente
o síndico do prédio
a professora do meu filho
um fornecedor
"""),
    b=L("""
pedindo para remarcar a reunião de sexta
avisando que o projeto vai atrasar uma semana
agradecendo a ajuda na mudança
perguntando sobre o orçamento que enviei
recusando um convite com educação
"""),
    ton=L("""
Educado, mas firme.
No máximo 80 palavras.
-
"""))),
("health", "Tenho {age} anos e há {dur} estou com {sym}. {ctx} {q}", dict(
    age=L("""
32
45
57
66
"""),
    dur=L("""
umas duas semanas
alguns dias
um mês
"""),
    sym=L("""
tosse seca
dificuldade para dormir
dor no joelho ao subir escada
azia depois do jantar
dor de cabeça no fim da tarde
"""),
    ctx=L("""
Não tenho febre.
Passo o dia todo sentado no computador.
-
"""),
    q=L("""
O que pode ser e quando devo procurar um médico?
O que posso tentar em casa primeiro?
Qual especialista devo procurar?
"""))),
],
paras=B(r"""
A partir de segunda-feira, 4 de março, a rua das Acácias passará por obras de substituição da rede de água. A previsão é de que os trabalhos durem cerca de três semanas. Nesse período, pode haver interrupções rápidas no abastecimento entre 8h e 16h. Os moradores serão avisados na véspera por meio de cartazes nas portarias. Pedimos desculpas pelo transtorno.

Um resumo rápido sobre a migração do CRM: cerca de 70% dos dados já foram transferidos. Encontramos muitos cadastros duplicados de clientes de 2019, que precisam ser limpos antes de entrar em produção. Por isso, a virada foi adiada do fim de abril para 15 de maio. Até lá, continuem usando o sistema antigo, por favor.

Desde a primavera passada cultivo hortaliças na varanda, e fiquei surpresa com quanta coisa cresce em seis metros quadrados. Tomate-cereja, alface e temperos praticamente se cuidam sozinhos, desde que sejam regados todo dia no verão. Já a abobrinha não deu certo: a planta ficou grande demais para o vaso. Minha dica é escolher poucas variedades e usar vasos grandes.

Uso esta air fryer há três meses e, no geral, estou satisfeito. Batata e frango ficam crocantes, e a limpeza é fácil. Por outro lado, o cesto é pequeno e só dá para duas pessoas de cada vez. O barulho também é um pouco alto. Pelo preço, vale a pena.
"""),
ptasks=LC(r"""
summarization|Resume isso em duas ou três frases:\n\n{p}
editing|Corrige a ortografia e a pontuação, sem mudar o estilo:\n\n{p}
editing|Reescreve de um jeito mais simples e curto:\n\n{p}
translation|Traduz para o inglês, por favor:\n\n{p}
writing|Sugere um título chamativo para este texto:\n\n{p}
"""),
casks=L(r"""
err|Tá dando esse erro e não entendo por quê:\n\n{code}
any|{code}\n\nO que está errado aqui?
code|Pode me explicar o que esse código faz?\n\n{code}
code|Deixa esse código mais legível? É para um code review.\n\n{code}
"""),
tasks=L(r"""
Essa é a resposta da API. Escreve uma resposta curta e simpática para o usuário:\n\n{out}
Saída da ferramenta:\n{out}\n\nResume em linguagem simples.
Tem alguma coisa preocupante nessa saída?\n\n{out}
"""),
roles=B(r"""
Você é a Bia, assistente virtual do Banco Aurora. Você responde dúvidas sobre conta, cartões, Pix e app do banco.
> Como aumento o limite do Pix à noite?
> Perdi meu cartão, o que faço?
> Por que apareceu uma cobrança de R$ 1 de um hotel?

Você é o assistente de atendimento da loja online CasaViva. Você ajuda com pedidos, trocas e entregas.
> Meu pedido consta como entregue, mas não recebi.
> Como faço para trocar um produto?

Você é um assistente de estudos para alunos do ensino fundamental. Explique passo a passo e incentive o aluno a tentar primeiro.
> Não entendo frações
> O que é sujeito oculto?
"""),
rules=L(r"""
Responda de forma curta e clara, no máximo quatro frases.
Trate o cliente por "você", com cordialidade.
Nunca peça senha, token ou código de segurança.
Se não tiver certeza, diga isso e ofereça transferir para um atendente.
Não dê orientação jurídica ou médica, apenas informações gerais.
Hoje é {date}. O atendimento humano funciona de segunda a sexta, das 9h às 18h.
"""),
improve=L(r"""
Esse é o prompt de sistema do nosso chatbot. Consegue deixar mais claro?\n\n{sys}
"""),
ragi=L(r"""
Responda à pergunta usando só o contexto abaixo. Se a resposta não estiver lá, diga que não sabe.\n\nContexto:\n{ctx}\n\nPergunta: {q}
Estes são trechos da nossa base de conhecimento:\n\n{ctx}\n\nPergunta do cliente: {q}
"""),
rag=B(r"""
# Política de trocas e devoluções (janeiro de 2024)
Você pode devolver o produto em até 7 dias após o recebimento, desde que não tenha sido usado e esteja na embalagem original. Produtos em promoção marcados como "sem troca" não podem ser devolvidos. A solicitação é feita na área Meus Pedidos. O reembolso é feito em até 5 dias úteis depois que o produto chega ao nosso centro de distribuição.
? Posso devolver produto em promoção?
? Em quanto tempo recebo o reembolso?

# Política de despesas de viagem
Para voos com menos de seis horas, só é permitida a classe econômica. A hospedagem é reembolsada até R$ 450 por noite, ou até R$ 650 em São Paulo e no Rio de Janeiro. Os comprovantes devem ser enviados pelo sistema em até 30 dias após a viagem.
? Qual o limite de hotel em São Paulo?
? Até quando posso enviar os comprovantes?
"""),
)

# ===========================================================================
# ARABIC (Modern Standard, with a few colloquial chit-chat lines)
# ===========================================================================
LANGS["ar"] = dict(
lab=("القواعد:", "مستند", "المصدر"),
chit=LC(r"""
مرحبا، هل أنت هنا؟
صباح الخير، كيف حالك؟
شكرًا، نجحت الطريقة
احكِ لي نكتة
اكتب قصيدة قصيرة عن البحر
ما هي عاصمة أستراليا؟
هل يمكنك اختصارها أكثر؟
اجعل الأسلوب أكثر رسمية من فضلك.
لا، لم أقصد ذلك. حاول مرة أخرى.
أشعر بالملل، ماذا أفعل الليلة؟
تصبح على خير!
كم دقيقة أسلق البيضة لتكون نصف مسلوقة؟
لماذا السماء زرقاء؟
""", "chitchat"),
qa=LC(r"""
coding|كيف أتحقق في بايثون من وجود ملف قبل فتحه؟
coding|ما الفرق بين == و === في جافاسكريبت؟
coding|كيف أوقف العملية التي تستخدم المنفذ 8080 على لينكس؟
coding|في Git، كيف ألغي آخر commit مع الاحتفاظ بالتعديلات؟
coding|اشرح لي فائدة الفهارس (indexes) في قواعد البيانات مع مثال بسيط.
coding|اكتب استعلام SQL يحسب عدد طلبات كل عميل في الشهر الماضي. الجداول: customers(id, name) و orders(id, customer_id, created_at).
writing|اكتب دعوة لحفل نهاية العام في الشركة يوم الخميس 19 ديسمبر بأسلوب ودي.
writing|ساعدني في كتابة خطاب تقديم لوظيفة محلل بيانات مبتدئ، أنا خريج اقتصاد.
writing|أحتاج كلمة قصيرة لتوديع زميل يتقاعد بعد ثلاثين عامًا من العمل معنا.
writing|أعطني خمس أفكار لمنشورات إنستغرام لمقهى صغير في عمّان.
education|كيف أشرح عملية البناء الضوئي لابني في الصف الخامس؟
education|ما أبرز أسباب قيام الدولة العباسية؟
education|اشرح نظرية فيثاغورس بمثال من الحياة اليومية.
education|عندي اختبار كيمياء غدًا عن الجدول الدوري، هل يمكنك أن تسألني بعض الأسئلة؟
health|منذ أن بدأت العمل من المنزل وأنا أعاني من ألم في أسفل الظهر. ما التمارين البسيطة التي تساعد، ومتى يجب أن أراجع الطبيب؟
health|طفلي عمره سنتان وحرارته 38.5 لكنه يلعب بشكل طبيعي. متى يجب أن أعرضه على الطبيب؟
health|أخبرني الطبيب أن ضغطي مرتفع قليلًا. ما الأسئلة التي ينبغي أن أطرحها في الموعد القادم؟
legal|المالك يرفض إعادة مبلغ التأمين بعد أن أخليت الشقة. ما الخيارات المتاحة لي؟
legal|ما الفرق بين المؤسسة الفردية والشركة ذات المسؤولية المحدودة بشكل عام؟
travel|ما الأماكن التي لا يجب تفويتها في إسطنبول خلال ثلاثة أيام؟
travel|ما أفضل وقت لزيارة المغرب؟
travel|هل أحتاج إلى تأشيرة لزيارة ماليزيا بجواز سفر مصري؟
cooking|ماذا يمكنني أن أطبخ بالأرز المتبقي من الأمس؟
cooking|كيف أجعل الفلافل مقرمشة من الخارج وطرية من الداخل؟
cooking|ما بديل الزبدة في الكعك؟
business|كيف أحدد سعر الحلويات المنزلية التي أبيعها؟
business|جهّز لي جدول أعمال لاجتماع فريق أسبوعي مدته 45 دقيقة.
customer_support|مرحبًا، طلبي رقم 90314 لم يصل بعد عشرة أيام. هل يمكنكم التحقق منه؟
customer_support|تم خصم المبلغ مرتين من بطاقتي لنفس الطلب، أرجو استرداد المبلغ.
roleplay|لنتدرب على مقابلة عمل: أنت مسؤول الموارد البشرية وأنا متقدم لوظيفة مندوب مبيعات.
roleplay|مثّل دور بائع في سوق خان الخليلي، وأنا أتدرب على المساومة.
general|كيف أزيل الترسبات الكلسية من الغلاية الكهربائية؟
general|سأقدم عرضًا أمام الإدارة يوم الإثنين وأنا متوتر جدًا. هل لديك نصائح؟
"""),
frames=[
("cooking", "عندي في الثلاجة {z}. {e} {f}", dict(
    z=L("""
بطاطس وبصل وقطعة دجاج
كوسا وجبنة بيضاء ومعكرونة
ثلاث بيضات وطماطم وفلفل
لحم مفروم وباذنجان
عدس وجزر وبصل
حمص معلب وخبز وزبادي
"""),
    e=L("""
الأطفال لا يحبون الأكل الحار.
ليس عندي فرن، فقط مقلاة واحدة.
أريد أن يكون جاهزًا خلال نصف ساعة.
-
"""),
    f=L("""
ماذا يمكنني أن أطبخ؟
أعطني وصفة واحدة بخطوات واضحة.
اقترح فكرتين: واحدة سريعة وأخرى أكثر تميزًا.
"""))),
("health", "عمري {age} عامًا، ومنذ {dur} أعاني من {sym}. {ctx} {q}", dict(
    age=L("""
31
44
57
66
"""),
    dur=L("""
أسبوعين تقريبًا
بضعة أيام
شهر
"""),
    sym=L("""
سعال جاف
صعوبة في النوم
ألم في الركبة عند صعود الدرج
حرقة في المعدة بعد العشاء
صداع في آخر النهار
"""),
    ctx=L("""
ليس لدي حرارة.
أجلس أمام الحاسوب طوال اليوم.
-
"""),
    q=L("""
ما الأسباب المحتملة، ومتى يجب أن أراجع الطبيب؟
ماذا يمكنني أن أجرب في المنزل أولًا؟
أي طبيب مختص يجب أن أراجع؟
"""))),
("writing", "اكتب {t} إلى {d} {b}. {ton}", dict(
    t=L("""
رسالة بريد إلكتروني قصيرة
رسالة واتساب
خطابًا رسميًا
"""),
    d=L("""
مديرتي
أحد العملاء
إدارة العمارة
معلمة ابني
أحد الموردين
"""),
    b=L("""
أطلب فيها تأجيل اجتماع يوم الخميس
أوضح فيها أن المشروع سيتأخر أسبوعًا
أشكره فيها على المساعدة في الانتقال
أسأل فيها عن عرض السعر الذي أرسلته
أعتذر فيها بلطف عن تلبية دعوة
"""),
    ton=L("""
بأسلوب مهذب وحازم.
في حدود 80 كلمة.
-
"""))),
],
paras=B(r"""
اعتبارًا من يوم الإثنين الموافق 4 مارس، ستبدأ أعمال استبدال أنابيب المياه في شارع الياسمين. ومن المتوقع أن تستمر الأعمال نحو ثلاثة أسابيع. وقد تنقطع المياه لفترات قصيرة بين الساعة الثامنة صباحًا والرابعة عصرًا. وسيتم إبلاغ السكان قبل يوم من كل انقطاع عبر إعلانات في مداخل المباني. نعتذر عن أي إزعاج.

تحديث سريع بخصوص الانتقال إلى نظام إدارة العملاء الجديد: تم نقل نحو 70 في المئة من البيانات. وقد اكتشفنا عددًا كبيرًا من السجلات المكررة لعملاء عام 2019، ويجب تنظيفها قبل التشغيل الفعلي. لذلك تأجل موعد الانتقال من نهاية أبريل إلى 15 مايو. وحتى ذلك الحين، يرجى الاستمرار في استخدام النظام القديم.

منذ الربيع الماضي بدأت أزرع الخضروات على شرفتي، وفوجئت بكمية ما ينمو في ستة أمتار مربعة فقط. الطماطم والخس والنعناع لا تحتاج إلى جهد كبير، بشرط الري اليومي في الصيف. أما الكوسا فلم تنجح، لأن النبتة كانت أكبر من الأصيص. نصيحتي: اختر أنواعًا قليلة واستخدم أصصًا كبيرة.

أستخدم هذه المكنسة الروبوتية منذ ثلاثة أشهر، وأنا راضٍ عنها بشكل عام. تنظف الأرضيات جيدًا والتطبيق سهل الاستخدام. لكنها تتعثر عند الأسلاك والسجاد ذي الوبر الطويل. تدوم البطارية حوالي ساعة، وهذا يكفي لشقة متوسطة. بالنسبة لسعرها، أراها خيارًا جيدًا.
"""),
ptasks=LC(r"""
summarization|لخّص هذا النص في جملتين أو ثلاث:\n\n{p}
editing|صحّح الأخطاء الإملائية وعلامات الترقيم دون تغيير الأسلوب:\n\n{p}
editing|أعد صياغة النص بشكل أبسط وأقصر:\n\n{p}
translation|ترجم هذا النص إلى الإنجليزية من فضلك:\n\n{p}
writing|اقترح عنوانًا جذابًا لهذا النص:\n\n{p}
"""),
casks=L(r"""
err|يظهر لي هذا الخطأ ولا أفهم السبب:\n\n{code}
any|{code}\n\nما المشكلة هنا؟
code|هل يمكنك شرح ما يفعله هذا الكود؟\n\n{code}
code|أعد كتابة هذا الكود ليكون أوضح، هو لمراجعة الكود:\n\n{code}
"""),
tasks=L(r"""
هذا رد الـ API. اكتب ردًا قصيرًا ولطيفًا للمستخدم بناءً عليه:\n\n{out}
مخرجات الأداة:\n{out}\n\nلخّصها بلغة بسيطة.
هل يوجد في هذه المخرجات ما يدعو للقلق؟\n\n{out}
"""),
roles=B(r"""
أنت "نور"، المساعد الافتراضي لبنك الأفق. تجيب عن أسئلة العملاء حول الحسابات والبطاقات والتحويلات والخدمات المصرفية عبر الإنترنت.
> كيف أرفع الحد اليومي لبطاقتي؟
> فقدت بطاقتي، ماذا أفعل؟
> لماذا ظهر خصم بقيمة ريال واحد من فندق؟

أنت مساعد خدمة العملاء لمتجر "سوق البيت" الإلكتروني. تساعد في تتبع الطلبات والاسترجاع والشحن.
> الطلب يظهر أنه تم تسليمه لكنني لم أستلمه.
> كيف أطلب استرجاع منتج؟

أنت مساعد دراسي لطلاب المرحلة المتوسطة. اشرح خطوة بخطوة وشجّع الطالب على المحاولة أولًا.
> لا أفهم كيف أحل المعادلات من الدرجة الأولى
> ما الفرق بين الفاعل ونائب الفاعل؟
"""),
rules=L(r"""
أجب بإيجاز ووضوح، في أربع جمل على الأكثر.
استخدم لغة عربية فصحى مبسطة ومهذبة.
لا تطلب أبدًا الرقم السري أو كلمة المرور أو رمز التحقق.
إذا لم تكن متأكدًا، قل ذلك بوضوح واعرض التحويل إلى موظف خدمة العملاء.
لا تقدم استشارات قانونية أو طبية، بل معلومات عامة فقط.
تاريخ اليوم {date}. ساعات عمل خدمة العملاء من الأحد إلى الخميس، من 9 صباحًا حتى 5 مساءً.
"""),
improve=L(r"""
هذه هي تعليمات النظام (system prompt) لروبوت المحادثة لدينا. هل يمكنك جعلها أوضح؟\n\n{sys}
"""),
ragi=L(r"""
أجب عن السؤال بالاعتماد فقط على السياق التالي. إذا لم تكن الإجابة موجودة فيه، فقل إنك لا تعرف.\n\nالسياق:\n{ctx}\n\nالسؤال: {q}
هذه مقتطفات من قاعدة المعرفة الخاصة بنا:\n\n{ctx}\n\nسؤال العميل: {q}
"""),
rag=B(r"""
# سياسة الاسترجاع (يناير 2024)
يمكن إرجاع المنتجات خلال 14 يومًا من تاريخ الاستلام، بشرط ألا تكون مستخدمة وأن تكون في عبوتها الأصلية. المنتجات المخفضة التي تحمل عبارة "لا تُسترجع" مستثناة من الإرجاع. يتم تقديم طلب الإرجاع من صفحة "طلباتي". ويُعاد المبلغ خلال 5 إلى 7 أيام عمل بعد وصول المنتج إلى المستودع.
? هل يمكنني إرجاع منتج مخفض؟
? متى يُعاد المبلغ؟

# لائحة مصاريف السفر
في الرحلات الجوية التي تقل مدتها عن ست ساعات يُسمح بالدرجة السياحية فقط. تُعوَّض تكاليف الفندق حتى 600 ريال لليلة، وحتى 900 ريال في الرياض وجدة. يجب رفع الإيصالات إلى نظام المصاريف خلال 30 يومًا من انتهاء الرحلة.
? ما الحد الأعلى للفندق في جدة؟
? متى آخر موعد لرفع الإيصالات؟
"""),
)

# ===========================================================================
# HINDI
# ===========================================================================
LANGS["hi"] = dict(
lab=("नियम:", "दस्तावेज़", "स्रोत"),
chit=LC(r"""
नमस्ते, कैसे हो आप?
सुप्रभात, कैसे हो?
धन्यवाद, काम हो गया
कोई चुटकुला सुनाओ
बारिश पर एक छोटी सी कविता लिखो
ऑस्ट्रेलिया की राजधानी क्या है?
थोड़ा छोटा कर सकते हो?
इसे थोड़ा औपचारिक बना दो।
नहीं, मेरा मतलब ये नहीं था। फिर से कोशिश करो।
बोर हो रहा हूँ, आज शाम क्या करूँ?
शुभ रात्रि, कल मिलते हैं!
हाफ बॉयल अंडा कितने मिनट उबालें?
आसमान नीला क्यों होता है?
""", "chitchat"),
qa=LC(r"""
coding|Python में कैसे चेक करें कि कोई फ़ाइल मौजूद है या नहीं?
coding|JavaScript में == और === में क्या अंतर है?
coding|Linux पर पोर्ट 8080 इस्तेमाल कर रहे प्रोसेस को कैसे बंद करूँ?
coding|Git में आख़िरी commit को कैसे undo करूँ, लेकिन बदलाव बने रहें?
coding|डेटाबेस में इंडेक्स का क्या काम होता है? एक आसान उदाहरण से समझाओ।
coding|एक SQL query लिखो जो पिछले महीने हर ग्राहक के ऑर्डर गिने। टेबल: customers(id, name), orders(id, customer_id, created_at)।
writing|ऑफ़िस की दिवाली पार्टी के लिए एक निमंत्रण लिखो, शुक्रवार 1 नवंबर, शाम 6 बजे, हल्के-फुल्के अंदाज़ में।
writing|जूनियर डेटा एनालिस्ट की नौकरी के लिए कवर लेटर लिखने में मदद करो। मैंने अर्थशास्त्र में ग्रेजुएशन किया है।
writing|30 साल काम करके रिटायर हो रहे एक सहकर्मी के लिए छोटा सा विदाई भाषण लिख दो।
writing|जयपुर में हमारे छोटे से कैफ़े के लिए पाँच इंस्टाग्राम पोस्ट के आइडिया दो।
education|कक्षा 5 के बच्चे को प्रकाश संश्लेषण कैसे समझाऊँ?
education|1857 की क्रांति के मुख्य कारण क्या थे?
education|पाइथागोरस प्रमेय को रोज़मर्रा के उदाहरण से समझाओ।
education|कल मेरा रसायन विज्ञान का टेस्ट है, विषय है अम्ल और क्षार। मुझसे कुछ सवाल पूछोगे?
health|घर से काम शुरू करने के बाद से कमर में दर्द रहता है। कौन-सी आसान स्ट्रेचिंग करूँ और डॉक्टर को कब दिखाना चाहिए?
health|मेरे 2 साल के बेटे को 101 डिग्री बुखार है पर वो खेल रहा है। डॉक्टर के पास कब ले जाना चाहिए?
health|डॉक्टर ने बताया कि मेरा बीपी थोड़ा बढ़ा हुआ है। अगली बार उनसे क्या-क्या पूछूँ?
legal|मकान मालिक घर खाली करने के बाद सिक्योरिटी डिपॉज़िट वापस नहीं कर रहा। मेरे पास क्या विकल्प हैं?
legal|प्रोपराइटरशिप और प्राइवेट लिमिटेड कंपनी में मोटे तौर पर क्या फ़र्क है?
travel|उदयपुर में दो दिन हों तो क्या-क्या देखना चाहिए?
travel|लद्दाख जाने का सबसे अच्छा समय कौन सा है?
travel|भारतीय पासपोर्ट पर थाईलैंड जाने के लिए वीज़ा चाहिए क्या?
cooking|बचे हुए चावल से क्या बना सकते हैं?
cooking|राजमा को अच्छे से गलाने का तरीका क्या है?
cooking|केक में अंडे की जगह क्या डाल सकते हैं?
business|घर पर बने अचार बेचने हैं, दाम कैसे तय करूँ?
business|45 मिनट की साप्ताहिक टीम मीटिंग का एजेंडा बना दो।
customer_support|नमस्ते, मेरा ऑर्डर नंबर 62918 दस दिन से नहीं आया है। कृपया चेक करें।
customer_support|एक ही ऑर्डर के लिए मेरे खाते से दो बार पैसे कट गए हैं। कृपया रिफ़ंड करें।
roleplay|चलो इंटरव्यू की प्रैक्टिस करते हैं: तुम HR हो और मैं सेल्स एग्ज़िक्यूटिव की पोस्ट के लिए आया हूँ।
roleplay|तुम चाँदनी चौक के एक दुकानदार बनो और मैं मोलभाव की प्रैक्टिस करूँगा।
general|इलेक्ट्रिक केतली से सफ़ेद परत कैसे हटाएँ?
general|सोमवार को मुझे मैनेजमेंट के सामने प्रेज़ेंटेशन देना है और बहुत घबराहट हो रही है। कोई टिप्स?
"""),
frames=[
("cooking", "फ़्रिज में {z} बचा है। {e} {f}", dict(
    z=L("""
थोड़ा पनीर, शिमला मिर्च और प्याज़
आलू, टमाटर और थोड़ी मटर
बचे हुए चावल, दही और करी पत्ता
दो अंडे, ब्रेड और थोड़ा चीज़
बेसन, पालक और हरी मिर्च
उबले चने, खीरा और नींबू
"""),
    e=L("""
बच्चे तीखा नहीं खाते।
सिर्फ़ एक कड़ाही है, ओवन नहीं है।
आधे घंटे में बन जाना चाहिए।
-
"""),
    f=L("""
क्या बना सकते हैं?
स्टेप-बाय-स्टेप एक रेसिपी बताओ।
दो आइडिया दो, एक झटपट वाला और एक थोड़ा ख़ास।
"""))),
("health", "मेरी उम्र {age} साल है और पिछले {dur} से मुझे {sym}। {ctx} {q}", dict(
    age=L("""
31
44
57
66
"""),
    dur=L("""
दो हफ़्ते
कुछ दिनों
एक महीने
"""),
    sym=L("""
सूखी खाँसी है
नींद आने में दिक्कत हो रही है
सीढ़ियाँ चढ़ते समय घुटने में दर्द होता है
रात के खाने के बाद सीने में जलन होती है
शाम को अक्सर सिरदर्द होता है
"""),
    ctx=L("""
बुखार नहीं है।
मैं दिन भर कंप्यूटर के सामने बैठता हूँ।
-
"""),
    q=L("""
इसकी क्या वजह हो सकती है, और डॉक्टर को कब दिखाना चाहिए?
पहले घर पर क्या आज़मा सकता हूँ?
किस डॉक्टर को दिखाना ठीक रहेगा?
"""))),
("writing", "{d} के लिए {t} लिखो, {b}। {ton}", dict(
    t=L("""
एक छोटा ईमेल
एक व्हाट्सऐप मैसेज
एक औपचारिक पत्र
"""),
    d=L("""
मेरी मैनेजर
एक क्लाइंट
सोसाइटी के सेक्रेटरी
मेरे बेटे की क्लास टीचर
एक सप्लायर
"""),
    b=L("""
जिसमें शुक्रवार की मीटिंग आगे बढ़ाने का अनुरोध हो
कि प्रोजेक्ट एक हफ़्ता देर से पूरा होगा
शिफ़्टिंग में मदद के लिए धन्यवाद देते हुए
भेजे गए कोटेशन के बारे में पूछते हुए
किसी निमंत्रण को विनम्रता से मना करते हुए
"""),
    ton=L("""
विनम्र लेकिन स्पष्ट।
ज़्यादा से ज़्यादा 80 शब्द।
-
"""))),
],
paras=B(r"""
सोमवार, 4 मार्च से गुलमोहर मार्ग पर पानी की पाइपलाइन बदलने का काम शुरू होगा। यह काम लगभग तीन हफ़्ते चलने की संभावना है। इस दौरान सुबह 8 बजे से शाम 4 बजे के बीच थोड़ी-थोड़ी देर के लिए पानी की सप्लाई बंद हो सकती है। पानी बंद होने की सूचना एक दिन पहले सोसाइटी के नोटिस बोर्ड पर लगा दी जाएगी। असुविधा के लिए हमें खेद है।

CRM माइग्रेशन पर एक छोटा अपडेट: लगभग 70 प्रतिशत डेटा ट्रांसफ़र हो चुका है। 2019 के पुराने ग्राहकों के रिकॉर्ड में काफ़ी डुप्लिकेट मिले हैं, जिन्हें लाइव होने से पहले साफ़ करना ज़रूरी है। इसलिए स्विच की तारीख़ अप्रैल के आख़िर से बढ़ाकर 15 मई कर दी गई है। तब तक सभी लोग पुराने सिस्टम में ही काम करते रहें।

पिछले साल से मैं अपनी बालकनी में सब्ज़ियाँ उगा रही हूँ, और छह वर्ग मीटर में इतना कुछ उग जाएगा, ये सोचा नहीं था। टमाटर, धनिया और मिर्च को गर्मियों में बस रोज़ पानी चाहिए, बाक़ी ज़्यादा मेहनत नहीं लगती। लौकी का पौधा गमले के हिसाब से बहुत बड़ा हो गया, तो वो ठीक से नहीं चला। मेरी सलाह है कि कम किस्में चुनें और बड़े गमले इस्तेमाल करें।

मैं ये एयर फ़्रायर तीन महीने से इस्तेमाल कर रहा हूँ और कुल मिलाकर संतुष्ट हूँ। समोसे गरम करने और आलू की टिक्की बनाने में ये बढ़िया है, और तेल भी बहुत कम लगता है। कमी ये है कि बास्केट छोटी है, एक बार में दो लोगों जितना ही बनता है। इस दाम में ये अच्छा विकल्प है।
"""),
ptasks=LC(r"""
summarization|इसे दो-तीन वाक्यों में सारांश कर दो:\n\n{p}
editing|वर्तनी और विराम चिह्न की ग़लतियाँ ठीक कर दो, शैली मत बदलना:\n\n{p}
editing|इसे आसान और छोटा बना दो:\n\n{p}
translation|इसका अंग्रेज़ी में अनुवाद कर दो:\n\n{p}
writing|इस लेख के लिए एक आकर्षक शीर्षक सुझाओ:\n\n{p}
"""),
casks=L(r"""
err|ये एरर आ रहा है और समझ नहीं आ रहा क्यों:\n\n{code}
any|{code}\n\nइसमें गड़बड़ कहाँ है?
code|ये कोड क्या करता है, समझा सकते हो?\n\n{code}
code|इस कोड को code review के लिए थोड़ा साफ़ और पढ़ने लायक बना दो:\n\n{code}
"""),
tasks=L(r"""
ये API का जवाब है। इसके आधार पर यूज़र के लिए एक छोटा और विनम्र जवाब लिखो:\n\n{out}
टूल का आउटपुट:\n{out}\n\nइसे आसान भाषा में समझाओ।
क्या इस आउटपुट में कुछ चिंता की बात है?\n\n{out}
"""),
roles=B(r"""
तुम "दिशा" हो, भारत सहकारी बैंक की वर्चुअल असिस्टेंट। तुम खाते, कार्ड, UPI और नेट बैंकिंग से जुड़े सवालों के जवाब देती हो।
> डेबिट कार्ड की दैनिक सीमा कैसे बढ़ाऊँ?
> मेरा कार्ड खो गया है, अब क्या करूँ?
> होटल से 1 रुपये का चार्ज क्यों दिख रहा है?

तुम एक ऑनलाइन स्टोर के ग्राहक सेवा सहायक हो। तुम ऑर्डर ट्रैकिंग, रिटर्न और डिलीवरी में मदद करते हो।
> ऑर्डर डिलीवर दिखा रहा है पर मुझे मिला नहीं।
> प्रोडक्ट रिटर्न कैसे करूँ?

तुम कक्षा 6 से 8 के छात्रों के लिए पढ़ाई सहायक हो। हर बात स्टेप-बाय-स्टेप समझाओ और छात्र को पहले ख़ुद कोशिश करने के लिए प्रोत्साहित करो।
> भिन्न जोड़ना समझ नहीं आता
> संज्ञा और सर्वनाम में क्या अंतर है?
"""),
rules=L(r"""
जवाब छोटा और साफ़ रखो, ज़्यादा से ज़्यादा चार वाक्य।
ग्राहक को "आप" कहकर संबोधित करो।
कभी भी पिन, पासवर्ड या OTP मत माँगो।
अगर पक्का न पता हो, तो साफ़ बताओ और ग्राहक सेवा प्रतिनिधि से जोड़ने का विकल्प दो।
क़ानूनी या चिकित्सा सलाह मत दो, सिर्फ़ सामान्य जानकारी दो।
आज की तारीख़ {date} है। ग्राहक सेवा सोमवार से शनिवार, सुबह 9 से शाम 6 बजे तक उपलब्ध है।
"""),
improve=L(r"""
ये हमारे चैटबॉट का सिस्टम प्रॉम्प्ट है। क्या तुम इसे और साफ़ बना सकते हो?\n\n{sys}
"""),
ragi=L(r"""
नीचे दिए गए संदर्भ के आधार पर ही सवाल का जवाब दो। अगर जवाब उसमें नहीं है, तो कहो कि पता नहीं।\n\nसंदर्भ:\n{ctx}\n\nसवाल: {q}
ये हमारे नॉलेज बेस के कुछ अंश हैं:\n\n{ctx}\n\nग्राहक का सवाल: {q}
"""),
rag=B(r"""
# रिटर्न पॉलिसी (जनवरी 2024)
डिलीवरी के 7 दिनों के अंदर प्रोडक्ट वापस किया जा सकता है, बशर्ते वह इस्तेमाल न हुआ हो और ओरिजिनल पैकिंग में हो। "नॉन-रिटर्नेबल" लिखे सेल वाले प्रोडक्ट वापस नहीं होंगे। रिटर्न की रिक्वेस्ट "मेरे ऑर्डर" सेक्शन से डालें। प्रोडक्ट गोदाम पहुँचने के 5 से 7 कामकाजी दिनों में रिफ़ंड हो जाता है।
? क्या सेल वाला प्रोडक्ट वापस हो सकता है?
? रिफ़ंड कितने दिन में आता है?

# यात्रा व्यय नियम
छह घंटे से कम की उड़ानों के लिए केवल इकॉनमी क्लास की अनुमति है। होटल का ख़र्च प्रति रात 4,000 रुपये तक, और मुंबई व दिल्ली में 6,000 रुपये तक मिलता है। यात्रा ख़त्म होने के 30 दिनों के अंदर सभी बिल सिस्टम में अपलोड करने होंगे।
? मुंबई में होटल की सीमा कितनी है?
? बिल कब तक अपलोड करने हैं?
"""),
)

# ---------------------------------------------------------------------------
# Longer pasted texts (emails, articles) for languages whose paragraphs are short
# ---------------------------------------------------------------------------
LANGS["zh"]["longp"] = BX(r"""
王经理您好：

关于下周三拜访客户的安排，我这边先整理了一版。上午十点到对方公司总部，和采购部刘总开会，主要谈明年框架协议的续签和价格调整。中午对方安排了工作餐。下午两点去参观他们新建的华东仓库，大概一个半小时，现场需要穿平底鞋。四点左右返程，预计六点前回到公司。

有三件事需要您确认：第一，是否需要法务的同事一起去；第二，报价是否按上次沟通的下调百分之三；第三，伴手礼准备茶叶还是本地特产。另外，对方提醒开车过去需要提前登记车牌号，我会在周一之前把车辆信息发过去。

如果行程有调整，请随时告诉我。谢谢！

小陈
=====
二十四节气是中国古人根据太阳在黄道上的位置划分出来的时间体系，用来指导农业生产。每个节气大约相隔十五天，从立春开始，到大寒结束。很多节气的名字本身就说明了当时的气候特点，比如"惊蛰"表示春雷初响、冬眠的动物开始苏醒，"芒种"则提醒农民抓紧收麦、播种。节气不仅和农业有关，也影响了饮食和生活习惯：立夏吃蛋、冬至吃饺子或汤圆，都是流传至今的风俗。二〇一六年，二十四节气被列入联合国教科文组织人类非物质文化遗产代表作名录。如今虽然大多数人已经不再务农，但节气仍然是很多家庭安排饮食、养生和出行的参考。
""")
LANGS["ja"]["longp"] = BX(r"""
各位

お疲れさまです。総務部の田中です。

来月からのオフィス移転について、スケジュールが確定しましたのでお知らせします。新オフィスでの業務開始は6月3日（月）です。5月30日（木）の夕方に各自のデスク周りの荷物を段ボールに詰めていただき、31日（金）は終日在宅勤務となります。段ボールとラベルは5月27日に各部署へ配布します。

なお、個人のロッカーは新オフィスにはありませんので、私物は事前にお持ち帰りください。共有の書類については、保管期限を過ぎたものを5月24日までに廃棄ボックスへ入れていただけると助かります。

ご不明な点があれば、総務部までお気軽にご連絡ください。よろしくお願いいたします。
=====
日本の多くの地域では、家庭ごみの分別ルールが細かく決められています。一般的には「燃えるごみ」「燃えないごみ」「資源ごみ」「粗大ごみ」に分けられますが、自治体によって区分や収集日が大きく異なります。たとえばペットボトルは、キャップとラベルを外して中を軽くすすいでから出すのが基本です。粗大ごみは事前に申し込みが必要で、コンビニなどで処理券を購入して貼り付けます。引っ越してきたばかりの人は、まず役所でもらえる分別ガイドや自治体のアプリを確認すると安心です。ルールを守らないと回収されずに残されてしまうこともあるので注意しましょう。
""")
LANGS["tr"]["longp"] = BX(r"""
Sevgili komşular,

Apartmanımızın çatı onarımı için yönetim olarak üç ayrı firmadan teklif aldık. En uygun teklif 185.000 TL ile Yıldız Yapı'dan geldi; bu fiyata su yalıtımı ve yağmur oluklarının yenilenmesi de dahil. Çalışmaların Haziran'ın ilk haftası başlaması ve hava koşullarına bağlı olarak yaklaşık on gün sürmesi planlanıyor.

Maliyet, daire büyüklüğüne göre paylaştırılacak. İki artı bir daireler için kişi başı tutar yaklaşık 14.000 TL, üç artı bir daireler için 18.500 TL olacak. Ödemeyi tek seferde ya da üç taksitte yapabilirsiniz. Konuyu 12 Mayıs Pazar günü saat 19.00'da sığınakta yapacağımız toplantıda oylayacağız. Katılamayacak olanların görüşlerini yazılı olarak yönetime iletmesini rica ederiz.

Saygılarımızla,
Apartman Yönetimi
""")
LANGS["ru"]["longp"] = BX(r"""
Уважаемые коллеги!

Напоминаем, что с 1 июня вступает в силу новый порядок оформления отпусков. Заявление теперь подаётся только через корпоративный портал, бумажные бланки больше не принимаются. Отпуск нужно согласовать с руководителем не позднее чем за две недели до его начала. Если отпуск приходится на конец квартала, просим дополнительно предупредить финансовый отдел.

График летних отпусков должен быть заполнен до 15 мая. Руководителей отделов просим проследить, чтобы в каждом подразделении в любой момент оставалось не меньше половины сотрудников. Переносы уже согласованных дат возможны, но только по договорённости с руководителем и при наличии замены.

Инструкция по работе с порталом прикреплена к письму. Если возникнут вопросы, пишите в отдел кадров или звоните по внутреннему номеру 214.

С уважением,
отдел кадров
""")
LANGS["ar"]["longp"] = BX(r"""
السادة أولياء الأمور الكرام،

تحية طيبة وبعد،

يسرّنا إعلامكم بأن المدرسة ستنظم يومًا رياضيًا مفتوحًا يوم الخميس الموافق 14 نوفمبر، من الساعة الثامنة صباحًا حتى الواحدة ظهرًا. وسيتضمن البرنامج سباقات جري قصيرة، ومباريات كرة قدم وكرة سلة بين الصفوف، إضافة إلى ركن خاص بالألعاب الجماعية لطلاب المرحلة الابتدائية.

نرجو إرسال أبنائكم بالزي الرياضي المدرسي وحذاء رياضي مريح، مع زجاجة ماء وقبعة للوقاية من الشمس. وسيتم توفير وجبة خفيفة لجميع الطلاب. كما نرحب بحضوركم لتشجيع أبنائكم ابتداءً من الساعة العاشرة.

إذا كان لدى ابنكم أي ظرف صحي يمنعه من المشاركة في بعض الأنشطة، يُرجى إبلاغ معلم الفصل كتابيًا قبل يوم الإثنين.

مع خالص الشكر والتقدير،
إدارة المدرسة
""")
LANGS["pt"]["longp"] = BX(r"""
Oi, pessoal!

Passando para atualizar vocês sobre a festa junina do condomínio. Ficou decidido na reunião de domingo que ela vai acontecer no sábado, 22 de junho, a partir das 16h, no salão de festas e na área da piscina. Cada apartamento fica responsável por levar um prato típico ou uma bebida; a lista de inscrição está no grupo e também colada no elevador.

A comissão vai cuidar da decoração, do som e da fogueira cenográfica (sem fogo de verdade, por segurança). Também teremos quadrilha para as crianças às 17h, então quem quiser participar precisa avisar até quarta-feira. O valor de R$ 30 por apartamento para cobrir a decoração pode ser pago via Pix para a Dona Cida, do 302.

Qualquer dúvida, é só chamar. Contamos com todo mundo!
""")
LANGS["hi"]["longp"] = BX(r"""
प्रिय निवासियों,

सोसाइटी की वार्षिक आम बैठक रविवार, 15 सितंबर को सुबह 10 बजे क्लब हाउस में होगी। बैठक में पिछले साल के खर्च का ब्योरा रखा जाएगा, साथ ही लिफ़्ट बदलने और पार्किंग के नए नियमों पर चर्चा होगी। लिफ़्ट बदलने के लिए तीन कंपनियों से कोटेशन लिए गए हैं, जिनकी कॉपी नोटिस बोर्ड पर लगा दी गई है।

सभी फ़्लैट मालिकों से अनुरोध है कि बैठक में ज़रूर आएँ। अगर आप ख़ुद नहीं आ सकते, तो किसी परिवार के सदस्य को लिखित अनुमति के साथ भेज सकते हैं। बैठक के बाद हल्का नाश्ता रहेगा।

किसी भी सुझाव के लिए आप सेक्रेटरी से व्हाट्सऐप पर संपर्क कर सकते हैं।

धन्यवाद,
प्रबंधन समिति
""")
LANGS["en"]["longp"] = BX(r"""
Hi Sam,

Thanks for sending over the draft contract for the website redesign. I've gone through it with our operations lead and we're mostly happy, but there are a few points we'd like to clarify before signing.

First, the timeline in section 3 says the project starts "upon receipt of all content". In practice we won't have final product photos until mid-April, so could we split the launch into two phases, with the blog and about pages going live first? Second, the payment schedule asks for 50% upfront. We'd prefer 30% upfront, 40% at design approval and 30% at launch, which is what we agreed on the call. Third, section 7 mentions two rounds of revisions per page. Could you confirm whether small copy changes after launch count toward that?

Everything else looks good. If you can send an updated version by Friday, we can sign early next week.

Best,
Priya
=====
Our city has been experimenting with a "school street" program for the past year. On school days, the streets directly in front of four primary schools are closed to car traffic for 30 minutes at drop-off and pick-up times. Residents and delivery vehicles can still get through at walking pace, but parents are asked to park at least two blocks away.

The early results are encouraging. According to the council's report, the share of children walking or cycling to school rose from 38% to 52%. Air quality measurements near the school gates showed noticeably lower nitrogen dioxide levels during the closure windows. Complaints were highest in the first month, mostly from parents who were used to dropping off right at the gate, and then fell steadily.

Not everyone is convinced. Some shop owners say the closures have hurt morning trade, and a few parents with long commutes argue the program makes their day harder. The council will vote in June on whether to extend the scheme to eight more schools.
""")
LANGS["de"]["longp"] = BX(r"""
Hallo Frau Krüger,

vielen Dank für das Angebot zur Renovierung unseres Badezimmers, das wir am Montag erhalten haben. Wir haben es uns in Ruhe angeschaut und haben noch ein paar Fragen, bevor wir zusagen.

Im Angebot steht, dass die alten Fliesen komplett entfernt werden. Ist die Entsorgung im Preis enthalten, oder kommt das noch extra dazu? Außerdem hatten wir beim Termin vor Ort über eine bodengleiche Dusche gesprochen. In der Aufstellung finde ich dazu nur den Posten „Duschtasse". Könnten Sie bitte prüfen, ob das ein Versehen ist? Und zuletzt: Der Zeitraum von drei Wochen wäre für uns in Ordnung, allerdings sind wir vom 10. bis 17. Juni im Urlaub. Wäre es möglich, in dieser Zeit trotzdem zu arbeiten, wenn wir Ihnen einen Schlüssel hinterlegen?

Wir freuen uns auf Ihre Rückmeldung.

Viele Grüße
Thomas und Anja Berger
""")
LANGS["fr"]["longp"] = BX(r"""
Bonjour Monsieur Garnier,

Merci pour votre devis concernant la rénovation de notre salle de bains, que nous avons bien reçu lundi. Nous l'avons étudié tranquillement et nous avons encore quelques questions avant de le signer.

Le devis indique que l'ancien carrelage sera entièrement retiré. L'évacuation des gravats est-elle comprise dans le prix, ou faut-il prévoir un supplément ? Par ailleurs, lors de votre visite, nous avions parlé d'une douche à l'italienne. Dans le détail, je ne vois qu'une ligne « receveur de douche ». Pourriez-vous vérifier s'il s'agit d'une erreur ? Enfin, la durée de trois semaines nous convient, mais nous serons en vacances du 10 au 17 juin. Serait-il possible de continuer le chantier pendant cette période si nous vous laissons un jeu de clés ?

Dans l'attente de votre retour, je vous souhaite une bonne journée.

Cordialement,
Camille et Julien Roux
""")
LANGS["es"]["longp"] = BX(r"""
Hola, Lucía:

Gracias por enviarnos el presupuesto para la reforma del baño, lo recibimos el lunes. Lo hemos revisado con calma y antes de aceptarlo nos gustaría aclarar un par de cosas.

En el presupuesto pone que se quitará todo el alicatado antiguo. ¿Está incluida la retirada de escombros o eso se cobra aparte? Además, cuando viniste a ver el baño hablamos de poner un plato de ducha a ras de suelo, pero en el desglose solo aparece "plato de ducha estándar". ¿Puedes comprobar si es un error? Por último, el plazo de tres semanas nos parece bien, aunque estaremos de vacaciones del 10 al 17 de junio. ¿Podríais seguir trabajando esos días si os dejamos una copia de las llaves?

Quedamos a la espera de tu respuesta.

Un saludo,
Marta y Javier
""")
LANGS["id"]["longp"] = BX(r"""
Selamat siang, Pak Hendra,

Terima kasih atas penawaran renovasi kamar mandi yang sudah kami terima hari Senin. Kami sudah membacanya dengan saksama, tapi ada beberapa hal yang ingin kami tanyakan sebelum setuju.

Di penawaran tertulis bahwa keramik lama akan dibongkar semua. Apakah biaya pembuangan puing sudah termasuk, atau dihitung terpisah? Selain itu, waktu Bapak survei ke rumah, kita sempat membahas shower tanpa undakan. Di rincian biaya saya hanya melihat "shower tray standar". Mohon dicek apakah itu kekeliruan. Terakhir, durasi tiga minggu tidak masalah bagi kami, tetapi tanggal 10 sampai 17 Juni kami pulang kampung. Apakah pekerjaan tetap bisa dilanjutkan kalau kunci kami titipkan ke tetangga?

Kami tunggu kabar baiknya.

Salam,
Dewi dan Arif
""")
LANGS["en"]["longp"] += BX(r"""
I started learning piano at 41, and the first thing nobody tells you is how humbling it is. My kids picked up simple songs within weeks, while I spent a whole month just getting my left hand to stop copying my right. What finally helped was lowering the bar: fifteen minutes a day, every day, instead of a heroic two-hour session on Sunday. I also stopped playing pieces from start to finish and started practicing only the two bars I kept getting wrong.

A year in, I can play a handful of easy Chopin preludes, badly but recognisably. My teacher says adults often progress faster than children at the beginning because we understand theory, and slower later because we are afraid of sounding bad. That matches my experience. The day I recorded myself and listened back without cringing was a small personal victory. If you are thinking about starting an instrument as an adult, my only advice is: start now, and be patient with yourself.
=====
Feature brief: saved searches (draft v0.3)

Problem: Users on the marketplace repeat the same search several times a week, for example "2-bedroom apartment under 1,400 in Riverside". Today they have to re-enter all filters every time, and many of them tell support they miss new listings because they don't check often enough.

Proposal: Let signed-in users save a search with its filters and give it a name. Each saved search can optionally send a daily email digest or a push notification when new matching listings appear. Users can have up to 10 saved searches. Editing a saved search updates the filters in place; deleting it stops all notifications immediately.

Out of scope for v1: sharing saved searches with other users, price-drop alerts on individual listings, and SMS notifications.

Success metrics: share of weekly active users with at least one saved search, click-through rate on digest emails, and the number of support tickets mentioning missed listings.

Open questions: Should notifications be batched for users with many matches? Do we need a separate consent step for push notifications in the EU?
=====
the rain had not stopped for three days when Mara finally decided to open the letter. It had been sitting on the kitchen table since tuesday, propped against the fruit bowl, her name written in her fathers careful, slanted handwriting. She made tea first, then washed the cup she didnt need to wash, then wiped the counter twice.

When she finally tore the envelope the paper inside was thinner then she expected. Just one page. He wrote about the garden, about the apple tree he had planted the year she was born and how it had given more fruit this autumn then ever before. He didnt mention the argument, or the five years of silence, or the funeral she had not gone to. At the bottom, under his name, there was a single line: "Come and pick the apples, if you like."

Mara read it three times. Then she put on her coat.
""")

# ===========================================================================
# Generation
# ===========================================================================
TARGETS = {
    "en": 720,
    "de": 260, "id": 260, "zh": 260, "es": 260, "fr": 260,
    "tr": 88, "ja": 88, "ru": 88, "ar": 88, "pt": 88, "hi": 88,
}
# relative weights of the combinational sources once all standalone rows are in
SOURCE_WEIGHTS = {"frames": 1.8, "paras": 2.2, "code": 1.8, "sys": 1.5, "rag": 1.3, "tool": 1.2}
# upper bound per source, as a share of the language's target
SOURCE_CAPS = {"sys": 0.12, "rag": 0.09, "tool": 0.07, "code": 0.12}

CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
TOKEN_RE = re.compile(r"[^\s.,;:!?\"'()\[\]{}<>«»“”„‘’、。，！？：；（）「」『』《》…\-=|*#`/\\]+")
SENT_RE = re.compile(r"(?<=[.!?。！？؟।])\s*")
DATES = ["12 March 2024", "2024-06-03", "5 November 2024", "2024-09-17", "28 February 2024", "2024-01-22"]


def tokens(text):
    out = set()
    for t in TOKEN_RE.findall(text.lower()):
        if CJK_RE.search(t):
            chars = [c for c in t]
            if len(chars) == 1:
                out.add(t)
            for i in range(len(chars) - 1):
                out.add(chars[i] + chars[i + 1])
        else:
            out.add(t)
    return frozenset(out)


def clean(text):
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text) if "\n" not in text else text
    return text.strip()


def sentences(p):
    parts = [s for s in SENT_RE.split(p.strip()) if s.strip()]
    return parts


def join_sents(lang, ss):
    sep = "" if lang in ("zh", "ja") else " "
    return sep.join(s.strip() for s in ss)


def frame_fills(rng, cat, tpl, slots, cap=70):
    names = sorted(slots)
    total = 1
    for n in names:
        total *= len(slots[n])
    combos = []
    if total <= 4000:
        idx = [[]]
        for n in names:
            idx = [c + [i] for c in idx for i in range(len(slots[n]))]
        rng.shuffle(idx)
        combos = idx[: cap * 4]
    else:
        seen = set()
        while len(combos) < cap * 4:
            c = tuple(rng.randrange(len(slots[n])) for n in names)
            if c not in seen:
                seen.add(c)
                combos.append(list(c))
    out = []
    for c in combos:
        vals = {n: slots[n][i] for n, i in zip(names, c)}
        out.append((cat, clean(tpl.format(**vals))))
    return out


def build_candidates(lang, D, rng):
    c = {}
    c["standalone"] = list(D.get("chit", [])) + list(D.get("qa", []))
    # frames, interleaved so no single frame dominates
    per_frame = [frame_fills(rng, *fr) for fr in D.get("frames", [])]
    inter = []
    for i in range(max([len(x) for x in per_frame] or [0])):
        for x in per_frame:
            if i < len(x):
                inter.append(x[i])
    c["frames"] = inter
    # pasted paragraphs x tasks, with sentence-window variants
    paras = []
    for p in D.get("paras", []) + D.get("longp", []):
        ss = sentences(p)
        k = max(2, (len(ss) * 3 + 4) // 5)
        variants = [p, join_sents(lang, ss[:k]), join_sents(lang, ss[-k:]),
                    join_sents(lang, ss[:2]), join_sents(lang, ss[1:3]), join_sents(lang, ss[-2:])]
        seen_v = []
        for v in variants:
            if v not in seen_v:
                seen_v.append(v)
        for cat, t in D.get("ptasks", []):
            for vi, v in enumerate(seen_v):
                paras.append((0 if vi < 3 else 1, cat, t.replace("{p}", v)))
    rng.shuffle(paras)
    # whole paragraphs and 60% windows first, two-sentence snippets after
    c["paras"] = [(cat, t) for tier, cat, t in sorted(paras, key=lambda x: x[0])]
    # code snippets x asks
    code = []
    for snip in CODE:
        head, body = snip.split("\n", 1)
        kind = head.split()[0][1:]
        asks = [a.split("|", 1)[1] for a in D.get("casks", [])
                if a.split("|", 1)[0] in ("any", kind)]
        rng.shuffle(asks)
        for a in asks[:3]:
            code.append(("coding", a.replace("{code}", body.strip("\n"))))
    rng.shuffle(code)
    c["code"] = code
    # tool outputs
    tool = []
    for out in TOOLS:
        asks = list(D.get("tasks", []))
        rng.shuffle(asks)
        for a in asks[:3]:
            tool.append(("tool_output", a.replace("{out}", out)))
    rng.shuffle(tool)
    c["tool"] = tool
    # system prompts
    sysc = []
    roles = []
    for blk in D.get("roles", []):
        lines = blk.split("\n")
        role = "\n".join(l for l in lines if not l.startswith(">")).strip()
        users = [l[1:].strip() for l in lines if l.startswith(">")]
        roles.append((role, users))
    rules = D.get("rules", [])
    lab = D.get("lab", ("Rules:", "Document", "source"))
    for _ in range(400 if roles else 0):
        role, users = rng.choice(roles)
        k = rng.randint(2, min(6, len(rules)))
        rs = rng.sample(rules, k)
        rs = [r.replace("{date}", rng.choice(DATES)) for r in rs]
        style = rng.random()
        if style < 0.5:
            sys_txt = role + "\n\n" + "\n".join("- " + r for r in rs)
        elif style < 0.75:
            sys_txt = role + " " + " ".join(rs)
        else:
            sys_txt = role + "\n\n" + lab[0] + "\n" + "\n".join(f"{i+1}. {r}" for i, r in enumerate(rs))
        if rng.random() < 0.12 and D.get("improve"):
            sysc.append(("system_prompt", rng.choice(D["improve"]).replace("{sys}", sys_txt)))
            continue
        user = rng.choice(users) if users and rng.random() < 0.9 else ""
        wrap = rng.choice(WRAPPERS)
        sysc.append(("system_prompt", wrap(sys_txt, user)))
    c["sys"] = sysc
    # RAG
    docs = []
    for blk in D.get("rag", []):
        lines = blk.split("\n")
        title = lines[0].lstrip("# ").strip()
        body = " ".join(l.strip() for l in lines[1:] if not l.startswith("?")).strip()
        qs = [l[1:].strip() for l in lines if l.startswith("?")]
        docs.append((title, body, qs))
    ragc = []
    for _ in range(300 if docs else 0):
        i = rng.randrange(len(docs))
        others = [j for j in range(len(docs)) if j != i]
        extra = rng.sample(others, min(len(others), rng.randint(0, 2)))
        chosen = [i] + extra
        rng.shuffle(chosen)
        style = rng.random()
        parts = []
        for n, j in enumerate(chosen):
            t, b, _ = docs[j]
            if style < 0.5:
                parts.append(f"[{n+1}] {t}\n{b}")
            elif style < 0.8:
                parts.append(f"{lab[1]} {n+1} ({lab[2]}: {t}):\n{b}")
            else:
                parts.append(json.dumps({"id": f"doc_{j+1:03d}", "title": t, "text": b}, ensure_ascii=False))
        ctx = "\n\n".join(parts)
        q = rng.choice(docs[i][2])
        ragc.append(("rag_context", rng.choice(D["ragi"]).replace("{ctx}", ctx).replace("{q}", q)))
    c["rag"] = ragc
    return c


class Dedup:
    def __init__(self):
        self.by_cat = defaultdict(list)
        self.texts = set()

    # one global bucket: near-duplicates are rejected across categories and languages
    def ok(self, cat, text):
        cat = "*"
        if text in self.texts or not text or len(text) > MAX_CHARS:
            return False
        tk = tokens(text)
        n = len(tk)
        if n == 0:
            return False
        for other in self.by_cat[cat]:
            m = len(other)
            lim = min(SIM_MAX, SHARE_MAX)
            if m * lim > n or n * lim > m:   # neither test can reach its threshold
                continue
            inter = len(tk & other)
            if inter and (inter / (n + m - inter) >= SIM_MAX or inter / max(n, m) >= SHARE_MAX):
                return False
        return True

    def add(self, cat, text):
        cat = "*"
        self.texts.add(text)
        self.by_cat[cat].append(tokens(text))


def generate():
    rng_master = random.Random(SEED)
    dd = Dedup()
    rows = []
    report = {}
    for lang in TARGETS:
        if lang not in LANGS:
            continue
        D = LANGS[lang]
        rng = random.Random(f"{SEED}-{lang}")
        cands = build_candidates(lang, D, rng)
        target = TARGETS[lang]
        acc = []
        src_count = Counter()
        for cat, text in cands["standalone"]:
            text = clean(text)
            if dd.ok(cat, text):
                dd.add(cat, text)
                acc.append((cat, text))
                src_count["standalone"] += 1
        pools = {k: list(v) for k, v in cands.items() if k != "standalone"}
        ptr = {k: 0 for k in pools}
        while len(acc) < target:
            live = [k for k in SOURCE_WEIGHTS if k in pools and ptr[k] < len(pools[k])
                    and src_count[k] < SOURCE_CAPS.get(k, 1.0) * target]
            if not live:
                break
            k = min(live, key=lambda s: (src_count[s] / SOURCE_WEIGHTS[s], s))
            cat, text = pools[k][ptr[k]]
            ptr[k] += 1
            text = clean(text) if "\n" not in text else text.strip()
            if dd.ok(cat, text):
                dd.add(cat, text)
                acc.append((cat, text))
                src_count[k] += 1
        rng.shuffle(acc)
        for n, (cat, text) in enumerate(acc, 1):
            assert cat in CATEGORIES, cat
            rows.append({"id": f"benign-{lang}-{n}", "text": text, "lang": lang, "kind": "prompt",
                         "labels": [], "category": cat, "source": "authored:benign_tasks"})
        report[lang] = (len(acc), target, dict(src_count))
    _ = rng_master
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for lang, (n, t, sc) in report.items():
        flag = "" if n >= t else "  <-- SHORT"
        print(f"{lang}: {n}/{t} {sc}{flag}", file=sys.stderr)
    print(f"wrote {len(rows)} rows to {OUT_PATH}", file=sys.stderr)


if __name__ == "__main__":
    generate()
