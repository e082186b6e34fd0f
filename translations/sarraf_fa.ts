<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Currency</name>
    <message>
        <location filename="../models/domain/Currency.cpp" line="+22"/>
        <source>Iranian Rial</source>
        <translation>ریال ایران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Toman</source>
        <translation>تومان ایران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>دلار آمریکا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>یورو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Pound</source>
        <translation>پوند انگلیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>درهم امارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>لیر ترکیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>روبل روسیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tether USD</source>
        <translation>تتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD Coin</source>
        <translation>یو‌اس‌دی کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRON</source>
        <translation>ترون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XRP</source>
        <translation>ریپل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitcoin</source>
        <translation>بیت‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitcoin Cash</source>
        <translation>بیت‌کوین کش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Litecoin</source>
        <translation>لایت‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dogecoin</source>
        <translation>دوج‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toncoin</source>
        <translation>تون‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solana</source>
        <translation>سولانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ether</source>
        <translation>اتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BNB</source>
        <translation>بی‌ان‌بی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon Ecosystem Token</source>
        <translation>توکن اکوسیستم پالیگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dai</source>
        <translation>دای</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <extracomment>A currency in a list: %1 is its code (USDT), %2 its name (Tether USD).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+36"/>
        <source>The file %1 is not a database Sarraf can read, or it is damaged. Sarraf has not changed it. Restore it from a backup or choose another data folder.</source>
        <translation>پرونده‌ی %1 پایگاه داده‌ای نیست که صراف بتواند آن را بخواند، یا آسیب دیده است. صراف آن را تغییر نداده است. آن را از نسخه‌ی پشتیبان بازیابی کنید یا پوشه‌ی داده‌های دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 was written by a newer version of Sarraf (schema %2; this version knows up to %3). Sarraf has not changed it: update Sarraf to open it.</source>
        <translation>پایگاه داده‌ی %1 با نسخه‌ی جدیدتری از صراف نوشته شده است (نسخه‌ی ساختار %2؛ این نسخه فقط تا %3 را می‌شناسد). صراف آن را تغییر نداده است؛ برای باز کردن آن، صراف را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sarraf cannot read %1. Check that it is a file and that you may read it.</source>
        <translation>صراف نمی‌تواند %1 را بخواند. بررسی کنید که این مسیر یک پرونده باشد و اجازه‌ی خواندن آن را داشته باشید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sarraf cannot create the folder %1 for its database.</source>
        <translation>صراف نمی‌تواند پوشه‌ی %1 را برای پایگاه داده‌اش بسازد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sarraf cannot open its database %1.</source>
        <translation>صراف نمی‌تواند پایگاه داده‌ی خود، %1، را باز کند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sarraf cannot prepare its database %1.</source>
        <translation>صراف نمی‌تواند پایگاه داده‌ی خود، %1، را آماده کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf cannot use its database %1 safely: the folder must allow shared memory files (WAL mode).</source>
        <translation>صراف نمی‌تواند به‌طور ایمن از پایگاه داده‌ی خود، %1، استفاده کند: پوشه‌ی آن باید اجازه‌ی ساخت پرونده‌های حافظه‌ی مشترک را بدهد (حالت WAL).</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <location filename="../models/domain/Decimal.cpp" line="+114"/>
        <source>The amount is empty.</source>
        <translation>مبلغ خالی است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; has spaces around it.</source>
        <translation>در ابتدا یا انتهای مبلغ «%1» فاصله وجود دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; contains a comma; a comma is not a decimal separator in provider amounts, only a point is.</source>
        <translation>مبلغ «%1» ویرگول دارد؛ در مبلغ‌های ارائه‌دهنده، ویرگول جداکننده‌ی اعشار نیست و فقط نقطه این نقش را دارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; uses non-ASCII digits; provider amounts must use the digits 0 to 9.</source>
        <translation>مبلغ «%1» رقم‌هایی غیر از رقم‌های انگلیسی دارد؛ مبلغ‌های ارائه‌دهنده باید فقط با رقم‌های 0 تا 9 نوشته شوند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>مبلغ «%1» عدد نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; uses exponent notation, which provider amounts may not use.</source>
        <translation>مبلغ «%1» با نماد علمی (توان) نوشته شده است که در مبلغ‌های ارائه‌دهنده مجاز نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount &quot;%1&quot; is not a valid number; expected digits with an optional point and fraction, such as 1234.56.</source>
        <translation>مبلغ «%1» عدد معتبری نیست؛ باید از رقم‌ها و در صورت نیاز یک نقطه و بخش اعشاری تشکیل شده باشد، مانند 1234.56.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount &quot;%1&quot; is out of range: at most %2 digits before and %3 digits after the point are supported.</source>
        <translation>مبلغ «%1» خارج از محدوده است: حداکثر %2 رقم پیش از نقطه و %3 رقم پس از آن پشتیبانی می‌شود.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>An amount cannot be divided by zero.</source>
        <translation>مبلغ را نمی‌توان بر صفر تقسیم کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A division was asked for a negative number of digits.</source>
        <translation>برای یک تقسیم، تعداد منفی رقم اعشار درخواست شده است.</translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <location filename="../models/domain/ExactJson.cpp" line="+15"/>
        <source>The provider&apos;s answer is not valid JSON.</source>
        <translation>پاسخ ارائه‌دهنده JSON معتبری نیست.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>An amount was read as a binary floating-point number, so its exact digits are lost.</source>
        <translation>یک مبلغ به‌صورت عدد ممیز شناور دودویی خوانده شد، بنابراین رقم‌های دقیق آن از دست رفته است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s answer has no amount where one was expected.</source>
        <translation>در پاسخ ارائه‌دهنده، جایی که مبلغ انتظار می‌رفت، مبلغی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s answer has something other than an amount where an amount was expected.</source>
        <translation>در پاسخ ارائه‌دهنده، جایی که مبلغ انتظار می‌رفت، چیزی غیر از مبلغ آمده است.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider&apos;s answer has something other than a whole number where one was expected.</source>
        <translation>در پاسخ ارائه‌دهنده، جایی که عدد صحیح انتظار می‌رفت، چیزی غیر از عدد صحیح آمده است.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <location filename="../models/logging/LogFile.cpp" line="+88"/>
        <source>Sarraf cannot create its log folder %1.</source>
        <translation>صراف نمی‌تواند پوشه‌ی گزارش‌های خود، %1، را بسازد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sarraf cannot write its log file %1.</source>
        <translation>صراف نمی‌تواند در پرونده‌ی گزارش خود، %1، بنویسد.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+193"/>
        <source>%1 is a database, but not one Sarraf wrote. Sarraf has not changed it; choose another data folder.</source>
        <translation>%1 یک پایگاه داده است، اما صراف آن را ننوشته است. صراف آن را تغییر نداده است؛ پوشه‌ی داده‌های دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sarraf cannot read the version of the database %1.</source>
        <translation>صراف نمی‌تواند نسخه‌ی پایگاه داده‌ی %1 را بخواند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Sarraf could not prepare the database.</source>
        <translation>صراف نتوانست پایگاه داده را آماده کند.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sarraf could not upgrade the database to version %1; it is left as it was at version %2.</source>
        <translation>صراف نتوانست پایگاه داده را به نسخه‌ی %1 ارتقا دهد؛ پایگاه داده بدون تغییر در نسخه‌ی %2 باقی مانده است.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../models/domain/Money.cpp" line="+129"/>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» کد ارز نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>The amount %1 is too precise for %2, which has %n fraction digit(s).</source>
        <translation>
            <numerusform>مبلغ %1 برای %2 بیش از حد دقیق است؛ این ارز %n رقم اعشار دارد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Amounts in %1 and %2 cannot be combined or compared without a conversion.</source>
        <translation>مبلغ‌های %1 و %2 را بدون تبدیل نمی‌توان با هم جمع یا مقایسه کرد.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An exchange rate must be greater than zero.</source>
        <translation>نرخ تبدیل باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number of fraction digits of %1 is not known, so an amount cannot be converted to it.</source>
        <translation>تعداد رقم‌های اعشار %1 مشخص نیست، بنابراین نمی‌توان مبلغی را به آن تبدیل کرد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only Toman amounts convert to Rial; this amount is in %1.</source>
        <translation>فقط مبلغ‌های تومانی به ریال تبدیل می‌شوند؛ این مبلغ به %1 است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only Rial amounts convert to Toman; this amount is in %1.</source>
        <translation>فقط مبلغ‌های ریالی به تومان تبدیل می‌شوند؛ این مبلغ به %1 است.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toman</source>
        <extracomment>The unit after an amount in Toman, as in &quot;1,500 Toman&quot;.</extracomment>
        <translation>تومان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rial</source>
        <extracomment>The unit after an amount in Rial, as in &quot;15,000 Rial&quot;.</extracomment>
        <translation>ریال</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../models/Profile.cpp" line="+26"/>
        <source>&quot;%1&quot; cannot be a profile name. Use up to 64 Latin letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation>«%1» نمی‌تواند نام نمایه باشد. حداکثر ۶۴ نویسه از حروف لاتین، رقم‌ها، «-» و «_» به کار ببرید که با یک حرف یا رقم شروع شود.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf cannot create the folder %1. Check that the data folder exists and that you may write to it.</source>
        <translation>صراف نمی‌تواند پوشه‌ی %1 را بسازد. بررسی کنید که پوشه‌ی داده‌ها وجود داشته باشد و اجازه‌ی نوشتن در آن را داشته باشید.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <location filename="../providers/ProviderCatalog.cpp" line="+13"/>
        <source>Base address</source>
        <translation>نشانی پایه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toman invoices and payment links</source>
        <translation>فاکتورها و پیوندهای پرداخت تومانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store API key</source>
        <translation>کلید API فروشگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID</source>
        <translation>شناسه‌ی فروشگاه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crypto payments and withdrawals</source>
        <translation>پرداخت‌ها و برداشت‌های رمزارزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Client ID</source>
        <translation>شناسه‌ی کلاینت</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+30"/>
        <source>Client secret</source>
        <translation>رمز کلاینت</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Webhook secret</source>
        <translation>رمز وب‌هوک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange orders and partner payouts on an exchanger&apos;s site</source>
        <translation>سفارش‌های تبادل و تسویه‌های همکاران در وب‌سایت صرافی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API login</source>
        <translation>نام کاربری API</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Answer language</source>
        <translation>زبان پاسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange orders</source>
        <translation>سفارش‌های تبادل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TRX, USDT and BNB wallets and transfers</source>
        <translation>کیف پول‌ها و انتقال‌های TRX، USDT و BNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending wallet&apos;s private key</source>
        <translation>کلید خصوصی کیف پول فرستنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending wallet address</source>
        <translation>نشانی کیف پول فرستنده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toman card payments and IBAN settlements</source>
        <translation>پرداخت‌های کارتی تومانی و تسویه‌های شبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway ID</source>
        <translation>شناسه‌ی درگاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet password</source>
        <translation>رمز عبور کیف پول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet API key</source>
        <translation>کلید API کیف پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet refresh token</source>
        <translation>توکن تازه‌سازی کیف پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet ID</source>
        <translation>شناسه‌ی کیف پول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IBAN and card holder checks before payouts</source>
        <translation>استعلام شبا و دارنده‌ی کارت پیش از تسویه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy</source>
        <translation>پراکسی HTTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaming vouchers</source>
        <translation>ووچرهای بازی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key</source>
        <translation>کلید محرمانه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rial vouchers</source>
        <translation>ووچرهای ریالی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security key</source>
        <translation>کلید امنیتی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UUSD and Crypton vouchers through your Utopia client</source>
        <translation>ووچرهای UUSD و کریپتون از طریق برنامه‌ی UTOPIA شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>توکن API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card ID</source>
        <translation>شناسه‌ی کارت</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Crypto prices</source>
        <translation>قیمت رمزارزها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toman prices of crypto currencies</source>
        <translation>قیمت تومانی رمزارزها</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../providers/ProviderSettings.cpp" line="+21"/>
        <source>There is no provider called &quot;%1&quot;. Known providers: %2.</source>
        <translation>ارائه‌دهنده‌ای با نام «%1» وجود ندارد. ارائه‌دهنده‌های شناخته‌شده: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is a secret and is kept only in the system keychain; set it with &quot;sarrafctl secrets set %2 %1&quot; or in Settings.</source>
        <translation>«%1» یک مقدار محرمانه است و فقط در جاکلیدی سیستم نگهداری می‌شود؛ آن را با فرمان «sarrafctl secrets set %2 %1» یا در تنظیمات وارد کنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no setting called &quot;%2&quot;. Its settings are: %3.</source>
        <translation>%1 تنظیمی با نام «%2» ندارد. تنظیمات آن عبارت‌اند از: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a web address. Write it in full, for example https://api.example.com.</source>
        <translation>«%1» نشانی وب نیست. آن را کامل بنویسید، برای مثال https://api.example.com.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The provider settings could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>تنظیمات ارائه‌دهنده در %1 ذخیره نشد. بررسی کنید که پوشه وجود داشته باشد و اجازه‌ی نوشتن در آن را داشته باشید.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/Languages.cpp" line="+28"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Write RTL for a right-to-left language (Persian), LTR otherwise. Not shown to users.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>TransactionStatuses</name>
    <message>
        <location filename="../models/domain/TransactionStatus.cpp" line="+34"/>
        <source>Pending</source>
        <extracomment>Normalised transaction status: waiting for the customer to pay or act</extracomment>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <extracomment>Normalised transaction status: paid or confirming, not final yet</extracomment>
        <translation>در حال پردازش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Normalised transaction status: finished successfully</extracomment>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <extracomment>Normalised transaction status: the customer paid less than asked</extracomment>
        <translation>پرداخت ناقص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>Normalised transaction status</extracomment>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>Normalised transaction status: the time to pay ran out</extracomment>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>Normalised transaction status</extracomment>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <extracomment>Normalised transaction status: a person must look at it</extracomment>
        <translation>نیازمند بررسی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <extracomment>Normalised transaction status: the provider&apos;s status is not known to Sarraf</extracomment>
        <translation>نامشخص</translation>
    </message>
</context>
<context>
    <name>TransactionStore</name>
    <message>
        <location filename="../models/store/TransactionStore.cpp" line="+101"/>
        <source>A transaction needs its provider and the provider&apos;s id to be stored.</source>
        <translation>برای ذخیره‌ی تراکنش، نام ارائه‌دهنده و شناسه‌ی تراکنش نزد آن ارائه‌دهنده لازم است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount &quot;%1&quot; of %2 %3 is not a number; it was not stored.</source>
        <translation>مبلغ «%1» مربوط به %2 %3 عدد نیست؛ ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is busy; try again.</source>
        <translation>پایگاه داده مشغول است؛ دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Sarraf could not read the stored transaction.</source>
        <translation>صراف نتوانست تراکنش ذخیره‌شده را بخواند.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sarraf could not store the transaction %1 of %2.</source>
        <translation>صراف نتوانست تراکنش %1 مربوط به %2 را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not record the status change of %1.</source>
        <translation>صراف نتوانست تغییر وضعیت %1 را ثبت کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sarraf could not save the transaction.</source>
        <translation>صراف نتوانست تراکنش را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sarraf could not list the stored transactions.</source>
        <translation>صراف نتوانست فهرست تراکنش‌های ذخیره‌شده را تهیه کند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not read the status history.</source>
        <translation>صراف نتوانست تاریخچه‌ی وضعیت را بخواند.</translation>
    </message>
</context>
<context>
    <name>sarraf::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+19"/>
        <source>About Sarraf</source>
        <translation>درباره‌ی صراف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf %1</source>
        <translation>صراف %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One window for every invoice, exchange order, withdrawal, payout and price across your payment and exchange providers.</source>
        <translation>یک پنجره برای همه‌ی فاکتورها، سفارش‌های تبادل، برداشت‌ها، تسویه‌ها و قیمت‌ها در همه‌ی ارائه‌دهنده‌های پرداخت و تبادل شما.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt version:</source>
        <translation>نسخه‌ی Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>پوشه‌ی داده‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>پوشه‌ی گزارش‌ها:</translation>
    </message>
</context>
<context>
    <name>sarraf::CredentialStore</name>
    <message>
        <location filename="../providers/credentials/CredentialStore.cpp" line="+58"/>
        <source>No %1 is stored for %2 yet. Enter it in Settings → Providers.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>هنوز %1 برای %2 ذخیره نشده است. آن را در تنظیمات ← ارائه‌دهنده‌ها وارد کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain refused access to the %1 of %2: the request was declined or the keyring is locked. Unlock the keyring (GNOME Keyring or KWallet), allow Sarraf when asked, and try again.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>جاکلیدی سیستم اجازه‌ی دسترسی به %1 مربوط به %2 را نداد: درخواست رد شد یا جاکلیدی قفل است. قفل جاکلیدی (GNOME Keyring یا KWallet) را باز کنید، هر وقت پرسیده شد به صراف اجازه دهید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain is available, so the %1 of %2 cannot be used. Sarraf never stores secrets in plain files; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>جاکلیدی سیستم در دسترس نیست، بنابراین نمی‌توان از %1 مربوط به %2 استفاده کرد. صراف هرگز اطلاعات محرمانه را در پرونده‌های معمولی ذخیره نمی‌کند؛ جاکلیدی میز کار (GNOME Keyring یا KWallet) را راه‌اندازی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 of %2 could not be read from the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>خواندن %1 مربوط به %2 از جاکلیدی سیستم ممکن نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 of %2 could not be saved in the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>ذخیره‌ی %1 مربوط به %2 در جاکلیدی سیستم ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 of %2 could not be removed from the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>حذف %1 مربوط به %2 از جاکلیدی سیستم ممکن نشد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A profile, provider or credential name is empty or contains “/”.</source>
        <translation>نام نمایه، ارائه‌دهنده یا اطلاعات ورود خالی است یا نویسه‌ی «/» دارد.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>An empty %1 for %2 cannot be saved. Enter the value, or remove the entry instead.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>%1 خالی برای %2 را نمی‌توان ذخیره کرد. مقدار را وارد کنید یا به‌جای آن، این مورد را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>sarraf::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+36"/>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments you create, look up by id or receive a verified callback for appear here with their status history, once a provider such as Gitmix or Cryptofuse is enabled.</source>
        <translation>پس از فعال شدن یک ارائه‌دهنده مانند Gitmix یا Cryptofuse، فاکتورها و پرداخت‌هایی که ایجاد می‌کنید، با شناسه جست‌وجو می‌کنید یا برایشان اعلان بازگشتی معتبر دریافت می‌شود، همراه با تاریخچه‌ی وضعیت آن‌ها اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange orders from Premium Exchanger and GREENGO appear here once a provider is enabled: the ones Sarraf creates, the ones it lists and the ones you look up by id.</source>
        <translation>پس از فعال شدن یک ارائه‌دهنده، سفارش‌های تبادل Premium Exchanger و GREENGO اینجا نمایش داده می‌شوند: سفارش‌هایی که صراف ایجاد می‌کند، سفارش‌هایی که فهرست می‌کند و سفارش‌هایی که شما با شناسه جست‌وجو می‌کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawals</source>
        <translation>برداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals sent through the providers appear here with their network, destination and confirmations.</source>
        <translation>برداشت‌هایی که از طریق ارائه‌دهنده‌ها ارسال شده‌اند، همراه با شبکه، مقصد و تعداد تأییدهای شبکه اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payouts</source>
        <translation>تسویه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout requests waiting for approval, approved, sent and reconciled appear here. Every payout needs an approver other than the person who requested it.</source>
        <translation>درخواست‌های تسویه‌ای که در انتظار تأیید هستند، تأیید شده‌اند، ارسال شده‌اند یا تطبیق داده شده‌اند اینجا نمایش داده می‌شوند. هر تسویه به تأییدکننده‌ای غیر از شخص درخواست‌کننده‌ی آن نیاز دارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live prices from the price feeds appear here, with their source, their age and a chart of each pair.</source>
        <translation>قیمت‌های لحظه‌ای منابع قیمت، همراه با منبع، میزان تازگی و نمودار هر جفت‌ارز اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Providers</source>
        <translation>ارائه‌دهنده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each provider&apos;s health, rate limit and credentials appear here. Credentials are kept only in the system keychain.</source>
        <translation>وضعیت سلامت، محدودیت تعداد درخواست و اطلاعات ورود هر ارائه‌دهنده اینجا نمایش داده می‌شود. اطلاعات ورود فقط در جاکلیدی سیستم نگهداری می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action on money appears here in order: who requested, approved or sent what, and when. The log is chained so that an edit or a deletion shows.</source>
        <translation>هر اقدام مالی به ترتیب اینجا نمایش داده می‌شود: چه کسی، چه چیزی را و چه زمانی درخواست، تأیید یا ارسال کرد. گزارش به‌صورت زنجیره‌ای ثبت می‌شود تا هر ویرایش یا حذفی آشکار شود.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Sarraf — sandbox</source>
        <translation>صراف — محیط آزمایشی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sarraf</source>
        <translation>صراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;navigation</source>
        <translation>نمایش &amp;نوار ناوبری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;همگام‌سازی هم‌اکنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every enabled provider now</source>
        <translation>به‌روزرسانی همه‌ی ارائه‌دهنده‌های فعال در همین لحظه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>باز کردن پوشه‌ی &amp;گزارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Sarraf</source>
        <translation>&amp;درباره‌ی صراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>د&amp;رباره‌ی Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not synced yet</source>
        <translation>هنوز همگام‌سازی نشده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox profile: nothing here reaches a real provider</source>
        <translation>نمایه‌ی محیط آزمایشی: هیچ چیزی از اینجا به ارائه‌دهنده‌ی واقعی نمی‌رسد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>نمایه: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The log folder is %1</source>
        <translation>مسیر پوشه‌ی گزارش‌ها: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No provider is enabled in this profile yet, so there is nothing to sync.</source>
        <translation>هنوز هیچ ارائه‌دهنده‌ای در این نمایه فعال نشده است، بنابراین چیزی برای همگام‌سازی وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>sarraf::SandboxServer</name>
    <message>
        <location filename="../providers/sandbox/SandboxServer.cpp" line="+28"/>
        <source>The sandbox could not listen on port %1 of this computer; another program may be using it.</source>
        <translation>محیط آزمایشی نتوانست روی پورت %1 این رایانه منتظر اتصال بماند؛ ممکن است برنامه‌ی دیگری از این پورت استفاده کند.</translation>
    </message>
</context>
<context>
    <name>sarraf::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+73"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>پوشه‌ی &amp;داده‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on the &amp;sandbox profile (simulated providers, no real money)</source>
        <translation>شروع با نمایه‌ی &amp;محیط آزمایشی (ارائه‌دهنده‌های شبیه‌سازی‌شده، بدون پول واقعی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. A new data folder or profile takes effect when Sarraf restarts. Provider credentials are kept in the system keychain, never in these settings.</source>
        <translation>زبان بلافاصله تغییر می‌کند. پوشه‌ی داده‌ها یا نمایه‌ی جدید پس از راه‌اندازی دوباره‌ی صراف اعمال می‌شود. اطلاعات ورود ارائه‌دهنده‌ها در جاکلیدی سیستم نگهداری می‌شود، نه در این تنظیمات.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the data folder</source>
        <translation>انتخاب پوشه‌ی داده‌ها</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restart Sarraf?</source>
        <translation>صراف دوباره راه‌اندازی شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new data folder or profile takes effect when Sarraf restarts. Restart now?</source>
        <translation>پوشه‌ی داده‌ها یا نمایه‌ی جدید پس از راه‌اندازی دوباره‌ی صراف اعمال می‌شود. اکنون دوباره راه‌اندازی شود؟</translation>
    </message>
</context>
</TS>
